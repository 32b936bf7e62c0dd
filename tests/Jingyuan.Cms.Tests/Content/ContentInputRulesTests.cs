using Jingyuan.Cms.Content;
using Jingyuan.Cms.Tests.Security;
using Jingyuan.Cms.Tests.TestSupport;

namespace Jingyuan.Cms.Tests.Content;

/// <summary>
/// Input the review found accepted: impossible years and dates, references to units, sites and content that
/// do not exist, and invisible direction or zero-width characters. Each is refused with a message naming the field.
/// </summary>
public sealed class ContentInputRulesTests
{
    [Fact]
    public async Task Impossible_years_dates_and_references_are_refused_by_field()
    {
        await using var site = new CmsWebFactory();
        await RuleTestType.DefineAsync(site);
        var (deptA, _) = await TestContent.DepartmentsAsync(site);

        var errors = await ErrorsAsync(site, deptA, item =>
        {
            item.Year = -1;
            item.Set(RuleTestType.When, "0001-01-01").Set(RuleTestType.Site, 99999).Set(RuleTestType.Link, "0123456789abcdef0123456789abcdef");
        });
        Assert.Equal("年度必须在 1949–2100 之间", Assert.Single(errors[nameof(ContentItem.Year)]));
        Assert.Equal("日期必须在 1949 年至 2100 年之间", Assert.Single(errors[RuleTestType.When]));
        Assert.Equal("安置区：所选安置区不存在", Assert.Single(errors[RuleTestType.Site]));
        Assert.Equal("关联记录：所选内容不存在", Assert.Single(errors[RuleTestType.Link]));

        var late = await ErrorsAsync(site, deptA, item => item.Set(RuleTestType.When, "9999-12-31").Set(RuleTestType.Issuer, 99999));
        Assert.Contains(RuleTestType.When, late.Keys);
        Assert.Equal("发布单位：所选单位不存在", Assert.Single(late[RuleTestType.Issuer]));
        var year = await ErrorsAsync(site, deptA, item => item.Year = 9999);
        Assert.Contains(nameof(ContentItem.Year), year.Keys);
    }

    [Fact]
    public async Task Existing_sites_units_and_content_are_accepted()
    {
        await using var site = new CmsWebFactory();
        await RuleTestType.DefineAsync(site);
        var (deptA, _) = await TestContent.DepartmentsAsync(site);
        var siteId = await RuleTestType.SiteAsync(site);
        var linked = await site.WithContentAsync(async c => await c.SaveDraftAsync(await RuleTestType.Item(c, deptA, deptA), null));

        var saved = await site.WithContentAsync(async c =>
        {
            var item = await RuleTestType.Item(c, deptA, deptA);
            item.Year = 1949;
            item.Set(RuleTestType.Site, siteId).Set(RuleTestType.Link, linked.ContentItemId).Set(RuleTestType.When, "2100-12-31");
            return await c.SaveDraftAsync(item, null);
        });
        Assert.Equal(siteId.ToString(), saved.GetText(RuleTestType.Site));
        Assert.Equal(linked.ContentItemId, saved.GetText(RuleTestType.Link));
    }

    [Theory]
    [InlineData("\u202E")] // right-to-left override
    [InlineData("\u200B")] // zero-width space
    [InlineData("\u2066")] // left-to-right isolate
    [InlineData("\uFEFF")] // zero-width no-break space
    [InlineData("\u0007")] // a control character
    public async Task Invisible_characters_in_titles_and_text_are_refused(string hidden)
    {
        await using var site = new CmsWebFactory();
        await RuleTestType.DefineAsync(site);
        var (deptA, _) = await TestContent.DepartmentsAsync(site);

        var errors = await ErrorsAsync(site, deptA, item =>
        {
            item.DisplayText = $"验收{hidden}公示";
            item.Set(RuleTestType.Note, $"gpj{hidden}.exe").Set(RuleTestType.Story, $"第一行\n第二行{hidden}");
        });
        Assert.Equal("标题含有不可见的控制字符（如从右到左覆盖符、零宽字符），请删除后再保存", Assert.Single(errors[nameof(ContentItem.DisplayText)]));
        Assert.StartsWith("备注含有不可见的控制字符", Assert.Single(errors[RuleTestType.Note]));
        Assert.StartsWith("说明含有不可见的控制字符", Assert.Single(errors[RuleTestType.Story]));
    }

    [Fact]
    public async Task Line_breaks_stay_in_long_text_and_invisible_characters_are_dropped_from_rich_text()
    {
        await using var site = new CmsWebFactory();
        await RuleTestType.DefineAsync(site);
        var (deptA, _) = await TestContent.DepartmentsAsync(site);

        var saved = await site.WithContentAsync(async c =>
        {
            var item = await RuleTestType.Item(c, deptA, deptA);
            item.Set(RuleTestType.Story, "第一行\r\n第二行\t完").Set(RuleTestType.Body, "<p>正\u200B文\u202E</p>");
            return await c.SaveDraftAsync(item, null);
        });
        Assert.Equal("第一行\r\n第二行\t完", saved.GetText(RuleTestType.Story));
        Assert.Equal("<p>正文</p>", saved.GetText(RuleTestType.Body));
    }

    private static async Task<IReadOnlyDictionary<string, string[]>> ErrorsAsync(CmsWebFactory site, int department, Action<ContentItem> change)
    {
        var error = await Assert.ThrowsAsync<ContentValidationException>(() => site.WithContentAsync(async c =>
        {
            var item = await RuleTestType.Item(c, department, department);
            change(item);
            return await c.SaveDraftAsync(item, null);
        }));
        return error.Errors;
    }
}
