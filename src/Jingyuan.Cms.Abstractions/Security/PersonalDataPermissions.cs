namespace Jingyuan.Cms.Security;

/// <summary>
/// Rights over personal fields (ID numbers, phone numbers, names of households). Without them a
/// user sees and exports masked values only. Both are checked together with the item's
/// department scope: a right never opens another department's records.
/// </summary>
public static class PersonalDataPermissions
{
    public static readonly Permission RevealPersonalData = new("RevealPersonalData", "查看个人信息明文（逐条留痕）", "个人信息");
    public static readonly Permission ExportPersonalData = new("ExportPersonalData", "导出含个人信息明文的表格（留痕）", "个人信息");

    public static readonly IReadOnlyList<Permission> All = [RevealPersonalData, ExportPersonalData];
}
