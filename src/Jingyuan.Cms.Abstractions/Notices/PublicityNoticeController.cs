using System.Globalization;
using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Notices;

/// <summary>
/// The admin page of a module's 公示: the unit picks what to publish, sees the table as it will be
/// published, fills in the 公示期 and objection contact, and submits it through <see cref="INoticePublisher"/>
/// for the reviewer. A module derives from it, says which record type the rows come from and how they are
/// composed; the checks live here: the user's unit must be granted submit on <see cref="RecordType"/>
/// (users who speak for every unit choose the unit), the unit comes from the account rather than the form,
/// the input is validated by field, nothing is drafted without rows, and every submission is audited.
/// Without a notices module there is no publisher, and the page says so.
/// </summary>
/// <typeparam name="TInput">The form: the common fields and the module's own choices.</typeparam>
public abstract class PublicityNoticeController<TInput> : Controller where TInput : PublicityNoticeInput
{
    /// <summary>The record type whose published records are the rows; its submit right is needed to draft.</summary>
    protected abstract string RecordType { get; }

    /// <summary>The notice for the unit and the input's choices; its rows may be empty.</summary>
    protected abstract Task<PublicityNotice> ComposeAsync(TInput input, Department unit);

    /// <summary>Why nothing can be drafted when the rows are empty (shown above the form).</summary>
    protected abstract string NothingToPublish(TInput input);

    /// <summary>The view rendering <see cref="PublicityNoticePage{TInput}"/>.</summary>
    protected virtual string ViewName => "Index";

    private IContentAuthorizer Authorizer => Service<IContentAuthorizer>();
    private IStringLocalizer T => Service<IStringLocalizer<PublicityNoticeInput>>();
    // With the notices module off there is no publisher, so nowhere to publish.
    private INoticePublisher? Publisher => HttpContext.RequestServices.GetServices<INoticePublisher>().FirstOrDefault();

    /// <summary>The page for the input's choices (GET).</summary>
    protected async Task<IActionResult> ShowAsync(TInput input)
    {
        if (await ScopeAsync() is not { } scope) return Forbid();
        input.DepartmentId = scope.Fixed ?? input.DepartmentId;
        return View(ViewName, await PageAsync(input, scope.Fixed));
    }

    /// <summary>Validates, drafts and submits the notice (POST); the page again with field errors when refused.</summary>
    protected async Task<IActionResult> SubmitAsync(TInput input)
    {
        if (Publisher is not { } publisher) return NotFound();
        if (await ScopeAsync() is not { } scope) return Forbid();
        // A department's editor speaks for their own unit, whatever the form says.
        input.DepartmentId = scope.Fixed ?? input.DepartmentId;
        foreach (var (field, message) in Service<IPublicityNoticeComposer>().Validate(input)) ModelState.AddModelError(field, message);
        var page = await PageAsync(input, scope.Fixed);
        if (page.Unit is null) ModelState.AddModelError(nameof(input.DepartmentId), T["请选择发布单位"]);
        else if (page.Notice is { Rows.Count: 0 }) ModelState.AddModelError("", NothingToPublish(input));
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(ViewName, page);
        }
        var notice = page.Notice!;
        var id = await publisher.SubmitAsync(Service<IPublicityNoticeComposer>().Compose(notice, input, page.Unit!.Id));
        await Service<IAuditTrail>().RecordAsync(new AuditEntry(AuditEvents.NoticeComposed,
            string.Format(CultureInfo.InvariantCulture, "起草公示「{0}」（{1} 行，来自{2}），提交审核", notice.Title, notice.Rows.Count, RecordType),
            ContentItemId: id, ContentType: RecordType, DepartmentId: page.Unit.Id));
        TempData["Message"] = T["已起草公示并提交审核，审核通过后对外发布。"].Value;
        return Redirect($"/admin/content/{id}/edit");
    }

    /// <summary>Null when the user may not draft; otherwise the unit they are fixed to (null: they choose).</summary>
    private async Task<DraftScope?> ScopeAsync()
    {
        var fixedUnit = await Authorizer.DepartmentScopeAsync(User);
        if (fixedUnit is null) return new DraftScope(null);
        return await Service<IRecordTypeAccess>().DepartmentMayAsync(fixedUnit.Value, RecordType, RecordTypeAction.Submit)
            ? new DraftScope(fixedUnit) : null;
    }

    private async Task<PublicityNoticePage<TInput>> PageAsync(TInput input, int? fixedUnit)
    {
        var units = await Service<IDepartmentStore>().ListAsync();
        var unit = units.FirstOrDefault(d => d.Id == input.DepartmentId);
        var notice = unit is null ? null : await ComposeAsync(input, unit);
        return new PublicityNoticePage<TInput>(input, unit, notice, fixedUnit is null ? units : [], Publisher is not null);
    }

    private TService Service<TService>() where TService : notnull => HttpContext.RequestServices.GetRequiredService<TService>();

    private sealed record DraftScope(int? Fixed);
}

/// <summary>What a 公示 page shows.</summary>
/// <param name="Input">The form as typed.</param>
/// <param name="Unit">The issuing unit, once chosen.</param>
/// <param name="Notice">The notice as it will be published, once the unit is known.</param>
/// <param name="Units">Units to choose from; empty for a department's editor, whose unit is fixed.</param>
/// <param name="NoticesAvailable">False while no notices module is enabled.</param>
public sealed record PublicityNoticePage<TInput>(
    TInput Input,
    Department? Unit,
    PublicityNotice? Notice,
    IReadOnlyList<Department> Units,
    bool NoticesAvailable) where TInput : PublicityNoticeInput;
