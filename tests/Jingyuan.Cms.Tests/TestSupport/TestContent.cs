using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Departments;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.TestSupport;

/// <summary>A small content type and departments that content tests work with.</summary>
public static class TestContent
{
    public const string Type = "TestRecord";

    public static Task DefineTypeAsync(CmsWebFactory site) => site.WithServicesAsync(async sp =>
    {
        var definitions = sp.GetRequiredService<IContentDefinitionManager>();
        await definitions.SavePartAsync(new ContentPartDefinition
        {
            Name = Type,
            Fields =
            [
                new() { Name = "Head", Label = "头数", Kind = FieldKind.Number, Required = true, Order = 1,
                        Settings = new FieldSettings { Unit = "头", Min = 0, Max = 100000, Indexed = true } },
                new() { Name = "Stage", Label = "阶段", Kind = FieldKind.Choice, Order = 2,
                        Settings = new FieldSettings { Options = ["计划", "在建", "完工"], Indexed = true } },
                new() { Name = "Body", Label = "正文", Kind = FieldKind.Html, Order = 3 },
                new() { Name = "Phone", Label = "联系电话", Kind = FieldKind.Text, Order = 4, Settings = new FieldSettings { Personal = true } },
            ],
        });
        await definitions.SaveTypeAsync(new ContentTypeDefinition { Name = Type, DisplayName = "测试记录", Parts = [Type] });
    });

    public static Task<(int A, int B)> DepartmentsAsync(CmsWebFactory site) => site.WithServicesAsync(async sp =>
    {
        var db = sp.GetRequiredService<CmsDbContext>();
        var a = new Department { Name = "测试甲局", Kind = DepartmentKind.Bureau };
        var b = new Department { Name = "测试乙局", Kind = DepartmentKind.Bureau };
        db.AddRange(a, b);
        await db.SaveChangesAsync();
        return (a.Id, b.Id);
    });

    /// <summary>Creates and saves a draft as the system, owned by the department.</summary>
    public static Task<ContentItem> DraftAsync(CmsWebFactory site, string title, decimal head, int? departmentId = null) =>
        site.WithServicesAsync(async sp =>
        {
            var contents = sp.GetRequiredService<IContentManager>();
            var item = await contents.NewAsync(Type);
            item.DisplayText = title;
            item.DepartmentId = departmentId;
            item.Year = 2023;
            item.Set("Head", head).Set("Stage", "在建");
            return await contents.SaveDraftAsync(item, null);
        });

    public static Task<T> WithContentAsync<T>(this CmsWebFactory site, Func<IContentManager, Task<T>> work) =>
        site.WithServicesAsync(sp => work(sp.GetRequiredService<IContentManager>()));
}

/// <summary>Theory data: every integration test runs on SQLite and on PostgreSQL.</summary>
public sealed class Databases : TheoryData<TestDatabase>
{
    public Databases() : base(TestDatabase.Sqlite, TestDatabase.Postgres) { }
}
