using System.Globalization;
using System.Text.Json.Nodes;
using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;

namespace Jingyuan.Cms.Spreadsheets;

/// <summary>Monthly people ledgers: the month filled in, and matched persons written as new versions with the new rows.</summary>
public sealed partial class ContentSpreadsheetImporter
{
    private static AuditEntry Summary(ResolvedContentType type, int? departmentId, int created, int updated) =>
        new(AuditEvents.DataImported,
            updated == 0
                ? $"从 Excel 导入 {created} 条{type.Type.DisplayName}"
                : $"从 Excel 导入{type.Type.DisplayName}：新建 {created} 条，更新 {updated} 条",
            ContentType: type.Type.Name, DepartmentId: departmentId);

    /// <summary>A ledger kept monthly: rows that leave the month empty report the month chosen on the import page.</summary>
    private static void FillMonth(ResolvedContentType type, List<ContentItem> items, DateOnly? month)
    {
        if (month is not { } chosen || type.Type.LedgerMonthField is not { } field) return;
        var first = new DateOnly(chosen.Year, chosen.Month, 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var item in items.Where(i => string.IsNullOrWhiteSpace(i.GetText(field)))) item.Data[field] = JsonValue.Create(first);
    }

    /// <summary>
    /// The new rows and the matched persons' new versions in one transaction with one summary entry; a person changed
    /// by someone else since the match, or a write the engine refuses, rolls everything back and names the row.
    /// </summary>
    private async Task<IReadOnlyList<SpreadsheetError>> WriteWithUpdatesAsync(ContentBatch batch, List<SpreadsheetUpdate> updates,
        IReadOnlyList<int> rowNumbers, ISpreadsheetImportProgress? progress)
    {
        var updated = updates.Select(u => u.Index).ToHashSet();
        var creates = new ContentBatch
        {
            Items = [.. batch.Items.Where((_, i) => !updated.Contains(i))], Submit = batch.Submit, CancellationToken = batch.CancellationToken,
        };
        if (progress is not null) await progress.WritingAsync();
        var current = -1;
        try
        {
            await db.InTransactionAsync(async () =>
            {
                if (creates.Items.Count > 0 && (await contents.CreateManyAsync(creates)).Count > 0)
                    throw new ContentStateException("导入的新记录未通过校验");
                foreach (var update in updates)
                {
                    current = update.Index;
                    batch.CancellationToken.ThrowIfCancellationRequested();
                    var saved = await contents.SaveDraftAsync(batch.Items[update.Index], update.ExpectedStamp);
                    if (batch.Submit) await contents.SubmitAsync(saved.ContentItemId);
                }
                if (batch.Summary is not null) await audit.RecordAsync(batch.Summary);
            }, batch.CancellationToken);
            return [];
        }
        catch (ContentConcurrencyException)
        {
            return [new SpreadsheetError(rowNumbers[current], "", "", "该人员的记录在导入期间被他人修改，没有导入任何数据，请重新导入")];
        }
        catch (Exception e) when (e is ContentForbiddenException or ContentStateException or ContentValidationException)
        {
            return [new SpreadsheetError(current < 0 ? 0 : rowNumbers[current], "", "", e.Message)];
        }
    }
}
