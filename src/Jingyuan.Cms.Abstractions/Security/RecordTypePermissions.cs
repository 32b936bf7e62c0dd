namespace Jingyuan.Cms.Security;

/// <summary>What a department may do with the records of one chapter record type.</summary>
public enum RecordTypeAction { Create, EditOwn, Submit, Publish, ViewInternal }

/// <summary>
/// Orchard-style permissions generated per record type of every enabled chapter
/// (<c>CreateRecord_产业项目</c>, ...). They are granted to departments, not roles: by default a
/// type's create, edit and submit go to the lead and responsible units of its chapter's tasks in the
/// current plan year; publish and view of every type stay with the reviewer (审核员 role). Administrators
/// adjust the grants per department at /admin/record-permissions.
/// </summary>
public static class RecordTypePermissions
{
    public const string Category = "记录类型";

    /// <summary>What a department editor gets by default for the chapters their unit works on.</summary>
    public static readonly IReadOnlyList<RecordTypeAction> EditorActions = [RecordTypeAction.Create, RecordTypeAction.EditOwn, RecordTypeAction.Submit];
    public static readonly IReadOnlyList<RecordTypeAction> AllActions = Enum.GetValues<RecordTypeAction>();

    public static Permission Create(string type) => For(RecordTypeAction.Create, type);
    public static Permission EditOwn(string type) => For(RecordTypeAction.EditOwn, type);
    public static Permission Submit(string type) => For(RecordTypeAction.Submit, type);
    public static Permission Publish(string type) => For(RecordTypeAction.Publish, type);
    public static Permission ViewInternal(string type) => For(RecordTypeAction.ViewInternal, type);

    public static Permission For(RecordTypeAction action, string type) =>
        new($"{action}Record_{type}", $"{Label(action)}「{type}」", Category);

    public static IEnumerable<Permission> All(string type) => AllActions.Select(a => For(a, type));

    public static string Label(RecordTypeAction action) => action switch
    {
        RecordTypeAction.Create => "新建",
        RecordTypeAction.EditOwn => "编辑本单位",
        RecordTypeAction.Submit => "提交审核",
        RecordTypeAction.Publish => "发布",
        _ => "查看内部",
    };
}

/// <summary>
/// Per-type rights of departments, read by the content engine and the authorizer, so every caller
/// (form, Excel import, API) is held to them. Types of no enabled chapter are not governed here.
/// </summary>
public interface IRecordTypeAccess
{
    /// <summary>True when the type is a record type of an enabled chapter (its rights are per department).</summary>
    Task<bool> IsGovernedAsync(string contentType);
    Task<bool> DepartmentMayAsync(int departmentId, string contentType, RecordTypeAction action);
    /// <summary>Governed types on which the department holds at least one right.</summary>
    Task<IReadOnlySet<string>> TypesOfDepartmentAsync(int departmentId);
    /// <summary>
    /// Whether the acting user works on a chapter of these record types: always for users who write for
    /// every unit or review; for a department editor, when their unit holds a right on one of the types.
    /// Menus use it to show a department only its own chapters.
    /// </summary>
    Task<bool> CurrentUserWorksOnAsync(IEnumerable<string> recordTypes);
}
