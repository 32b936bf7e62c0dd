using Jingyuan.Cms.Content;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.TestSupport;

namespace Jingyuan.Cms.Tests.Security;

/// <summary>Publishing is approving what a department sent for review: a draft still being written cannot go out.</summary>
public sealed class PublishRequiresSubmissionTests
{
    [Fact]
    public async Task A_reviewer_cannot_publish_a_draft_that_was_never_submitted()
    {
        await using var site = new CmsWebFactory();
        await TestContent.DefineTypeAsync(site);
        var (deptA, _) = await TestContent.DepartmentsAsync(site);
        var draft = await TestContent.DraftAsync(site, "未提交的草稿", 5, deptA);
        await site.CreateUserAsync("reviewer", BuiltInRoles.Reviewer);
        using var reviewer = await site.LoginAsync("reviewer");
        var editUrl = $"/admin/content/{draft.ContentItemId}/edit";

        Assert.DoesNotContain($"/admin/content/{draft.ContentItemId}/publish", await reviewer.GetPageAsync(editUrl));
        await reviewer.PostFormAsync(editUrl, $"/admin/content/{draft.ContentItemId}/publish", new());

        Assert.Null(await site.WithContentAsync(c => c.GetPublishedAsync(draft.ContentItemId)));
        Assert.Contains("只有已提交审核的版本可以发布", await reviewer.GetPageAsync(editUrl));
        var error = await Assert.ThrowsAsync<ContentStateException>(() => site.WithContentAsync(c => c.PublishAsync(draft.ContentItemId)));
        Assert.Equal("只有已提交审核的版本可以发布", error.Message);

        await site.WithContentAsync(c => c.SubmitAsync(draft.ContentItemId));
        Assert.Contains($"/admin/content/{draft.ContentItemId}/publish", await reviewer.GetPageAsync(editUrl));
        await reviewer.PostFormAsync(editUrl, $"/admin/content/{draft.ContentItemId}/publish", new());
        Assert.NotNull(await site.WithContentAsync(c => c.GetPublishedAsync(draft.ContentItemId)));
    }

    [Fact]
    public async Task An_edit_after_submission_must_be_submitted_again_before_it_is_published()
    {
        await using var site = new CmsWebFactory();
        await TestContent.DefineTypeAsync(site);
        var draft = await TestContent.DraftAsync(site, "项目", 5);
        await site.WithContentAsync(c => c.SubmitAsync(draft.ContentItemId));
        await site.WithContentAsync(async c =>
        {
            var latest = (await c.GetLatestAsync(draft.ContentItemId))!;
            latest.DisplayText = "提交后又改";
            return await c.SaveDraftAsync(latest, latest.ConcurrencyStamp);
        });

        await Assert.ThrowsAsync<ContentStateException>(() => site.WithContentAsync(c => c.PublishAsync(draft.ContentItemId)));
        Assert.Null(await site.WithContentAsync(c => c.GetPublishedAsync(draft.ContentItemId)));
    }

    [Fact]
    public async Task Only_a_user_with_the_review_right_publishes_rejects_or_withdraws_even_through_the_engine()
    {
        await using var site = new CmsWebFactory();
        await TestContent.DefineTypeAsync(site);
        var (deptA, _) = await TestContent.DepartmentsAsync(site);
        var item = await TestContent.DraftAsync(site, "本局项目", 5, deptA);
        await site.AsUserAsync("wang", BuiltInRoles.DepartmentEditor, deptA, c => c.SubmitAsync(item.ContentItemId));

        await Assert.ThrowsAsync<ContentForbiddenException>(() =>
            site.AsUserAsync("wang", BuiltInRoles.DepartmentEditor, deptA, c => c.PublishAsync(item.ContentItemId)));
        await Assert.ThrowsAsync<ContentForbiddenException>(() =>
            site.AsUserAsync("wang", BuiltInRoles.DepartmentEditor, deptA, c => c.RejectAsync(item.ContentItemId, "自己退回")));
        Assert.Equal(ContentStatus.Submitted, (await site.WithContentAsync(c => c.GetLatestAsync(item.ContentItemId)))!.Status);

        await site.AsUserAsync("li", BuiltInRoles.Reviewer, null, c => c.PublishAsync(item.ContentItemId));
        await Assert.ThrowsAsync<ContentForbiddenException>(() =>
            site.AsUserAsync("wang", BuiltInRoles.DepartmentEditor, deptA, c => c.UnpublishAsync(item.ContentItemId)));
        Assert.NotNull(await site.WithContentAsync(c => c.GetPublishedAsync(item.ContentItemId)));
    }
}
