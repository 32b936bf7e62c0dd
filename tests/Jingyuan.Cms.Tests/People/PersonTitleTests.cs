using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Tests.Modules.Employment;
using Jingyuan.Cms.Tests.Modules.SocialSecurity;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Work = Jingyuan.Cms.Modules.Employment.Models.EmploymentRecord.Work;

namespace Jingyuan.Cms.Tests.People;

/// <summary>A people ledger's title is the masked person, whatever was typed: titles are clear text in lists and the audit trail.</summary>
public sealed class PersonTitleTests
{
    [Fact]
    public async Task A_typed_title_naming_the_person_is_replaced_by_the_masked_name_and_id_number()
    {
        await using var site = new CmsWebFactory();
        var worker = await EmploymentTestData.NewWorkerAsync(site, 51, Work.InCounty);
        worker.DisplayText = "马测51 的务工记录";
        var saved = await site.WithContentAsync(c => c.SaveDraftAsync(worker, null));

        var id = SocialSecurityTestData.IdNumber(51);
        Assert.Equal($"马**1 {id[..4]}**********{id[^4..]}", saved.DisplayText);
        var stored = await site.WithServicesAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            return (await db.Set<ContentItemRecord>().AsNoTracking().Select(r => r.DisplayText).ToListAsync())
                .Concat(await db.Set<AuditEventRecord>().AsNoTracking().Select(e => e.Summary + " " + (e.Diff ?? "")).ToListAsync()).ToList();
        });
        Assert.DoesNotContain(stored, text => text.Contains("马测51") || text.Contains(id));

        // A row without a name has no title to make: the name's own error is the one shown.
        var nameless = await EmploymentTestData.NewWorkerAsync(site, 52, Work.InCounty);
        nameless.Set("PersonName", "");
        var errors = await site.WithContentAsync(c => c.ValidateAsync(nameless));
        Assert.Contains("PersonName", errors.Keys);
        Assert.DoesNotContain("DisplayText", errors.Keys);
    }
}
