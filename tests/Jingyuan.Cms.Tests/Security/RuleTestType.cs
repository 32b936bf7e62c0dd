using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Security;

/// <summary>A content type with one field of each kind that refers to something or holds a date or text.</summary>
public static class RuleTestType
{
    public const string Name = "RuleRecord";
    public const string Issuer = "Issuer";
    public const string Site = "Site";
    public const string Link = "Link";
    public const string When = "When";
    public const string Note = "Note";
    public const string Story = "Story";
    public const string Body = "Body";

    public static Task DefineAsync(CmsWebFactory site) => site.WithServicesAsync(async sp =>
    {
        var definitions = sp.GetRequiredService<IContentDefinitionManager>();
        await definitions.SavePartAsync(new ContentPartDefinition
        {
            Name = Name,
            Fields =
            [
                new() { Name = Issuer, Label = "发布单位", Kind = FieldKind.Department, Order = 1 },
                new() { Name = Site, Label = "安置区", Kind = FieldKind.Site, Order = 2 },
                new() { Name = Link, Label = "关联记录", Kind = FieldKind.ContentLink, Order = 3 },
                new() { Name = When, Label = "日期", Kind = FieldKind.Date, Order = 4 },
                new() { Name = Note, Label = "备注", Kind = FieldKind.Text, Order = 5 },
                new() { Name = Story, Label = "说明", Kind = FieldKind.LongText, Order = 6 },
                new() { Name = Body, Label = "正文", Kind = FieldKind.Html, Order = 7 },
            ],
        });
        await definitions.SaveTypeAsync(new ContentTypeDefinition { Name = Name, DisplayName = "规则记录", Parts = [Name] });
    });

    public static Task<int> SiteAsync(CmsWebFactory site) => site.WithServicesAsync(async sp =>
    {
        var db = sp.GetRequiredService<CmsDbContext>();
        var s = new ResettlementSite { Name = "测试安置区", Township = "香水镇", Village = "测试村" };
        db.Add(s);
        await db.SaveChangesAsync();
        return s.Id;
    });

    /// <summary>A valid new item of the department, with the issuing unit given.</summary>
    public static async Task<ContentItem> Item(IContentManager contents, int departmentId, int issuer)
    {
        var item = await contents.NewAsync(Name);
        item.DisplayText = "规则测试";
        item.DepartmentId = departmentId;
        item.Year = 2023;
        item.Set(Issuer, issuer).Set(When, "2023-05-01").Set(Note, "备注");
        return item;
    }
}
