using Jingyuan.Cms.Content;
using Jingyuan.Cms.Modules.Employment.Models;
using Jingyuan.Cms.People;
using Jingyuan.Cms.Tests.Modules.Industry;
using Jingyuan.Cms.Tests.Modules.SocialSecurity;
using Jingyuan.Cms.Tests.TestSupport;

namespace Jingyuan.Cms.Tests.Modules.Employment;

/// <summary>Records of chapter 二 written straight through the content manager; fictional workers with valid ID numbers.</summary>
internal static class EmploymentTestData
{
    /// <summary>An unsaved ledger row of 2023 for worker <paramref name="n"/> (ID number of SocialSecurityTestData.IdNumber).</summary>
    public static async Task<ContentItem> NewWorkerAsync(CmsWebFactory site, int n, string form,
        string migrantKind = EmploymentRecord.Migrants.Labour, bool trained = false, string month = "2023-06-15")
    {
        var item = await site.WithContentAsync(c => c.NewAsync(nameof(EmploymentRecord)));
        item.DisplayText = $"务工人员 {n}";
        item.Year = IndustryTestData.Year;
        item.Set(nameof(PersonRecord.PersonName), $"马测{n}").Set(nameof(PersonRecord.PersonIdNumber), SocialSecurityTestData.IdNumber(n))
            .Set(nameof(EmploymentRecord.MigrantKind), migrantKind).Set(nameof(EmploymentRecord.EmploymentForm), form)
            .Set(nameof(EmploymentRecord.Trained), trained).Set(nameof(EmploymentRecord.LedgerMonth), month);
        if (EmploymentRecord.EmployedForms.Contains(form)) item.Set(nameof(EmploymentRecord.Employer), "闽宁协作企业");
        return item;
    }

    public static async Task<ContentItem> NewRecordAsync(CmsWebFactory site, string type, string title, params (string Field, object Value)[] values)
    {
        var item = await site.WithContentAsync(c => c.NewAsync(type));
        item.DisplayText = title;
        item.Year = IndustryTestData.Year;
        foreach (var (field, value) in values)
        {
            switch (value)
            {
                case string s: item.Set(field, s); break;
                case decimal d: item.Set(field, d); break;
                case int i: item.Set(field, (decimal)i); break;
                case bool b: item.Set(field, b); break;
                default: throw new ArgumentException(value.GetType().Name);
            }
        }
        return item;
    }

    public static Task<ContentItem> PublishAsync(CmsWebFactory site, ContentItem item) => SocialSecurityTestData.PublishAsync(site, item);
}
