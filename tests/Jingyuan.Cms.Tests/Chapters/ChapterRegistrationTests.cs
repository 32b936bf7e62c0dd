using System.Net;
using Jingyuan.Cms.Chapters;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Modules;
using Jingyuan.Cms.Navigation;
using Jingyuan.Cms.Tests.Progress;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Chapters;

/// <summary>Every chapter the site registers, checked the same way, and how the host treats a module's contributions.</summary>
public sealed class ChapterRegistrationTests
{
    [Fact]
    public async Task Every_registered_chapter_is_valid_bound_to_a_plan_chapter_and_its_types_are_stored_as_declared()
    {
        await using var site = new CmsWebFactory();
        var chapters = await site.WithServicesAsync(sp => Task.FromResult(sp.GetRequiredService<ModuleContributions>().All<ChapterDescriptor>(sp)));
        Assert.NotEmpty(chapters);
        Assert.Empty(ChapterValidation.Problems(chapters));
        foreach (var chapter in chapters)
        {
            Assert.NotNull(chapter.PlanChapter);
            foreach (var shape in chapter.RecordShapes)
            {
                var stored = await site.WithServicesAsync(sp => sp.GetRequiredService<IContentDefinitionManager>().GetTypeAsync(shape.Type.Name));
                Assert.NotNull(stored);
                Assert.Equal(chapter.ModuleId, stored.Type.ModuleId);
                Assert.Equal(shape.Fields.Select(f => (f.Name, f.Kind, f.Settings.Indexed, f.Settings.Personal)),
                    stored.Fields.Take(shape.Fields.Count).Select(f => (f.Name, f.Kind, f.Settings.Indexed, f.Settings.Personal)));
            }
        }
    }

    [Fact]
    public async Task A_site_with_a_conflicting_chapter_refuses_to_start_naming_the_conflict()
    {
        var industry = new Jingyuan.Cms.Modules.Industry.IndustryChapter().Describe("Industry");
        var copy = industry with { ModuleId = "Copy", Slug = "copy", PlanChapter = 99 };
        await using var site = new CmsWebFactory(configure: b => b.ConfigureTestServices(s => s.AddSingleton(copy)));

        var error = Assert.Throws<InvalidOperationException>(() => site.CreateClient());

        Assert.Contains("章节模块定义有误，站点未启动", error.Message);
        Assert.Contains("指标 2-new-cattle 由多条计算规则认领（Industry、Copy）", error.Message);
    }

    [Fact]
    public async Task A_disabled_modules_contributions_are_not_resolved_by_anyone_and_return_when_enabled()
    {
        await using var site = new CmsWebFactory();
        static bool FromIndustry(object o) => o.GetType().Assembly == typeof(Jingyuan.Cms.Modules.Industry.IndustryChapter).Assembly;
        Task<(int Handlers, int Chapters)> CountAsync() => site.WithServicesAsync(sp => Task.FromResult((
            sp.GetServices<IContentHandler>().Count(FromIndustry),
            sp.GetServices<ChapterDescriptor>().Count(c => c.ModuleId == "Industry"))));
        Assert.Equal((2, 1), await CountAsync());

        await site.WithServicesAsync(sp => sp.GetRequiredService<ModuleManager>().DisableAsync("Industry"));
        Assert.Equal((0, 0), await CountAsync());
        var menu = await site.WithServicesAsync(sp => sp.GetRequiredService<INavigationBuilder>().BuildAdminMenuAsync(AdminUser()));
        Assert.DoesNotContain(menu, m => m.Id == "chapter:Industry");

        await site.WithServicesAsync(sp => sp.GetRequiredService<ModuleManager>().EnableAsync("Industry"));
        Assert.Equal((2, 1), await CountAsync());
    }

    [Fact]
    public async Task A_chapters_own_admin_page_joins_its_menu_group_by_id()
    {
        await using var site = new CmsWebFactory();
        using var admin = await site.LoginAsync("admin");
        var menu = await site.WithServicesAsync(sp => sp.GetRequiredService<INavigationBuilder>().BuildAdminMenuAsync(AdminUser()));

        var group = Assert.Single(menu, m => m.Id == "chapter:Industry");
        Assert.Equal("产业发展", group.Text);
        Assert.Contains(group.Children, c => c.Url == "/admin/chapters/industry/acceptance-notice" && c.Text == "验收结果公示");
        Assert.Contains(group.Children, c => c.Url == "/admin/chapters/industry");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/chapters/industry/acceptance-notice")).StatusCode);
    }

    private sealed class Ledger : ChapterRecord
    {
        public decimal? Amount { get; set; }
    }

    private sealed class UnboundChapter : ChapterDefinition
    {
        public override int PlanChapter => 77;
        public override string Slug => "unbound-sample";
        public override string Title => "未绑定示例";

        public override void Define(ChapterBuilder chapter) => chapter
            .Record<Ledger>("示例台账", r => r.Number(x => x.Amount, "金额", "元"))
            .Rules(TargetRule.Sum("77-not-in-any-plan", nameof(Ledger), nameof(Ledger.Amount)));
    }

    [Fact]
    public async Task A_rule_whose_key_no_plan_year_has_is_listed_as_unbound_on_its_chapter_page()
    {
        await using var site = new CmsWebFactory(configure: b => b.ConfigureTestServices(s => s.AddSingleton(new UnboundChapter().Describe("UnboundSample"))));
        await site.Plan2023Async();
        using var admin = await site.LoginAsync("admin");

        var page = await admin.GetPageAsync("/admin/chapters/unbound-sample");
        Assert.Contains("未绑定的计算规则", page);
        Assert.Contains("77-not-in-any-plan", page);
        Assert.DoesNotContain("未绑定的计算规则", await admin.GetPageAsync("/admin/chapters/industry"));
    }

    private static System.Security.Claims.ClaimsPrincipal AdminUser() => new(new System.Security.Claims.ClaimsIdentity(
        [new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.Name, "admin"),
         new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.Role, Jingyuan.Cms.Security.BuiltInRoles.Administrator)], "test"));
}
