using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Archive;

/// <summary>
/// Archived items are read-only: the content engine asks this before every edit, new version, review
/// step, withdrawal or delete, for every caller (forms, imports, modules).
/// </summary>
public sealed class ArchiveGuard(CmsDbContext db, IStringLocalizer<ArchiveGuard> T)
{
    public async Task RefuseIfArchivedAsync(string contentItemId, string displayText)
    {
        var mark = await db.Set<ArchivedItemRecord>().AsNoTracking().Where(a => a.ContentItemId == contentItemId)
            .OrderBy(a => a.ArchivedUtc).FirstOrDefaultAsync();
        if (mark is not null)
            throw new ContentStateException(T["「{0}」已归档（档案包 {1}，件号 {2}），不能再修改、删除、退回、撤回或新建版本",
                displayText, mark.PackageId, mark.ItemNumber]);
    }
}
