using System.Net;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.TestSupport;

namespace Jingyuan.Cms.Tests.Security;

/// <summary>
/// The item-takeover hole: a department's editor must not write another department's item, whether by
/// posting its id to the create form or by handing the engine an object with a forged id, department,
/// owner or state. Checked through the admin and at the engine, for every caller.
/// </summary>
public sealed class ItemTakeoverTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Posting_a_foreign_id_to_create_leaves_the_victims_item_untouched(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        await TestContent.DefineTypeAsync(site);
        var (deptA, deptB) = await TestContent.DepartmentsAsync(site);
        var victim = await TestContent.DraftAsync(site, "乙局已发布项目", 7, deptB);
        await site.WithContentAsync(c => c.SubmitAndPublishAsync(victim.ContentItemId));
        await site.CreateUserAsync("attacker", BuiltInRoles.DepartmentEditor, deptA);
        using var attacker = await site.LoginAsync("attacker");

        var token = await attacker.TokenFromAsync($"/admin/content/new/{TestContent.Type}");
        var response = await attacker.PostWithTokenAsync($"/admin/content/new/{TestContent.Type}", token,
        [
            new("ContentItemId", victim.ContentItemId), new("departmentId", deptB.ToString()),
            new("DisplayText", "篡改的标题"), new("Year", "2023"), new("f.Head", "1"),
        ]);

        var versions = await site.WithContentAsync(c => c.GetVersionsAsync(victim.ContentItemId));
        Assert.Single(versions);
        Assert.Equal("乙局已发布项目", versions[0].DisplayText);
        Assert.Equal(deptB, versions[0].DepartmentId);
        Assert.True(versions[0].Published);
        // What the attacker typed became an item of their own department, not a version of the victim's.
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var createdId = response.Headers.Location!.ToString().Split('/')[3];
        Assert.NotEqual(victim.ContentItemId, createdId);
        var created = await site.WithContentAsync(c => c.GetLatestAsync(createdId));
        Assert.Equal(deptA, created!.DepartmentId);
        Assert.Equal("attacker", created.Owner);
    }

    [Fact]
    public async Task The_engine_refuses_to_create_over_an_existing_id_for_every_caller()
    {
        await using var site = new CmsWebFactory();
        await TestContent.DefineTypeAsync(site);
        var (_, deptB) = await TestContent.DepartmentsAsync(site);
        var victim = await TestContent.DraftAsync(site, "乙局项目", 7, deptB);

        // Even the system (an import, a module) cannot turn a new item into a version of a stored one.
        var error = await Assert.ThrowsAsync<ContentStateException>(() => site.WithContentAsync(async c =>
        {
            var item = await c.NewAsync(TestContent.Type);
            item.ContentItemId = victim.ContentItemId;
            item.DisplayText = "覆盖";
            item.DepartmentId = deptB;
            item.Set("Head", 1);
            return await c.SaveDraftAsync(item, null);
        }));
        Assert.Contains("已被使用", error.Message);
        var versions = await site.WithContentAsync(c => c.GetVersionsAsync(victim.ContentItemId));
        Assert.Equal("乙局项目", Assert.Single(versions).DisplayText);
    }

    [Fact]
    public async Task A_department_editor_cannot_write_review_or_delete_another_departments_item_through_the_engine()
    {
        await using var site = new CmsWebFactory();
        await TestContent.DefineTypeAsync(site);
        var (deptA, deptB) = await TestContent.DepartmentsAsync(site);
        var victim = await TestContent.DraftAsync(site, "乙局项目", 7, deptB);

        await Assert.ThrowsAsync<ContentForbiddenException>(() => site.AsUserAsync("wang", BuiltInRoles.DepartmentEditor, deptA, async c =>
        {
            var loaded = (await c.GetLatestAsync(victim.ContentItemId))!;
            loaded.DisplayText = "篡改";
            loaded.DepartmentId = deptA;
            await c.SaveDraftAsync(loaded, loaded.ConcurrencyStamp);
        }));
        await Assert.ThrowsAsync<ContentForbiddenException>(() => site.AsUserAsync("wang", BuiltInRoles.DepartmentEditor, deptA,
            c => c.SubmitAsync(victim.ContentItemId)));
        await Assert.ThrowsAsync<ContentForbiddenException>(() => site.AsUserAsync("wang", BuiltInRoles.DepartmentEditor, deptA,
            c => c.DeleteAsync(victim.ContentItemId)));
        // Creating "for" another unit is refused too, whatever department the object names.
        await Assert.ThrowsAsync<ContentForbiddenException>(() => site.AsUserAsync("wang", BuiltInRoles.DepartmentEditor, deptA, async c =>
        {
            var item = await c.NewAsync(TestContent.Type);
            item.DisplayText = "冒名新建";
            item.DepartmentId = deptB;
            item.Set("Head", 1);
            await c.SaveDraftAsync(item, null);
        }));

        var versions = await site.WithContentAsync(c => c.GetVersionsAsync(victim.ContentItemId));
        var only = Assert.Single(versions);
        Assert.Equal(("乙局项目", deptB, ContentStatus.Draft), (only.DisplayText, only.DepartmentId, only.Status));
    }

    [Fact]
    public async Task Identity_owner_department_and_state_of_an_edit_come_from_the_stored_item()
    {
        await using var site = new CmsWebFactory();
        await TestContent.DefineTypeAsync(site);
        var (deptA, deptB) = await TestContent.DepartmentsAsync(site);
        var own = await TestContent.DraftAsync(site, "甲局项目", 5, deptA);
        await site.WithContentAsync(c => c.SubmitAndPublishAsync(own.ContentItemId));

        var saved = await site.AsUserAsync("wang", BuiltInRoles.DepartmentEditor, deptA, async c =>
        {
            var item = (await c.GetLatestAsync(own.ContentItemId))!;
            item.DisplayText = "甲局项目（修改）";
            item.DepartmentId = deptB;
            item.Owner = "someone-else";
            item.Status = ContentStatus.Published;
            item.Published = true;
            item.CreatedUtc = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            return await c.SaveDraftAsync(item, item.ConcurrencyStamp);
        });

        var stored = await site.WithContentAsync(c => c.GetLatestAsync(own.ContentItemId));
        Assert.Equal(2, stored!.Number);
        Assert.Equal(deptA, stored.DepartmentId);
        Assert.Equal("system", stored.Owner);
        Assert.Equal(ContentStatus.Draft, stored.Status);
        Assert.False(stored.Published);
        Assert.NotEqual(2001, stored.CreatedUtc.Year);
        Assert.Equal("wang", saved.ModifiedBy);
        // The approved version stays the public one until the change is reviewed.
        Assert.Equal("甲局项目", (await site.WithContentAsync(c => c.GetPublishedAsync(own.ContentItemId)))!.DisplayText);
    }

    [Fact]
    public async Task A_department_editor_cannot_name_another_unit_in_a_department_field()
    {
        await using var site = new CmsWebFactory();
        await RuleTestType.DefineAsync(site);
        var (deptA, deptB) = await TestContent.DepartmentsAsync(site);

        var refused = await Assert.ThrowsAsync<ContentValidationException>(() => site.AsUserAsync("wang", BuiltInRoles.DepartmentEditor, deptA,
            async c => await c.SaveDraftAsync(await RuleTestType.Item(c, deptA, issuer: deptB), null)));
        Assert.Equal("发布单位只能是本单位", Assert.Single(refused.Errors[RuleTestType.Issuer]));

        var ownUnit = await site.AsUserAsync("wang", BuiltInRoles.DepartmentEditor, deptA,
            async c => await c.SaveDraftAsync(await RuleTestType.Item(c, deptA, issuer: deptA), null));
        Assert.Equal(deptA.ToString(), ownUnit.GetText(RuleTestType.Issuer));
        // The coordinating office issues for any unit.
        var reviewer = await site.AsUserAsync("li", BuiltInRoles.Reviewer, null,
            async c => await c.SaveDraftAsync(await RuleTestType.Item(c, deptA, issuer: deptB), null));
        Assert.Equal(deptB.ToString(), reviewer.GetText(RuleTestType.Issuer));
    }
}
