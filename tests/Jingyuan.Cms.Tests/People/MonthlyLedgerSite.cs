using System.Globalization;
using System.Security.Claims;
using ClosedXML.Excel;
using Jingyuan.Cms.Chapters;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.People;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Spreadsheets;
using Jingyuan.Cms.Tests.Modules.SocialSecurity;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Jingyuan.Cms.Tests.People;

/// <summary>A people ledger kept monthly, declared here the way a chapter module declares one (attached to 六、保障体系).</summary>
public sealed class MonthlyWorker : PersonRecord
{
    public static readonly string[] Forms = ["县内就近", "区外转移", "未就业"];
    public string? EmploymentForm { get; set; }
    public DateOnly? LedgerMonth { get; set; }
}

internal sealed class MonthlyChapter : ChapterDefinition
{
    public override int PlanChapter => 78;
    public override string Slug => "monthly-sample";
    public override string Title => "按月台账示例";

    public override void Define(ChapterBuilder chapter) => chapter.Record<MonthlyWorker>("务工月报", r => r.Internal()
        .KeptBy("人社局", "民政局")
        .PersonDetails()
        .Choice(x => x.EmploymentForm, "就业形式", MonthlyWorker.Forms).Required().Filterable()
        .Date(x => x.LedgerMonth, "报告月份")
        .KeptMonthly(x => x.LedgerMonth));
}

/// <summary>A site with the monthly test ledger and a movable clock, and sheets of it as staff fill them.</summary>
internal static class MonthlyLedgerSite
{
    public const string Ledger = nameof(MonthlyWorker);
    public static readonly string[] Header = ["*标题", "*姓名", "*身份证号码", "*就业形式"];

    public static CmsWebFactory Create(TestDatabase database, FakeTimeProvider clock) => new(database, configure: b => b.ConfigureTestServices(s =>
    {
        s.AddSingleton(new MonthlyChapter().Describe("SocialSecurity"));
        s.AddSingleton<TimeProvider>(clock);
    }));

    public static string Id(int n) => SocialSecurityTestData.IdNumber(n);

    public static string[] Row(string name, string idNumber, string form) => [$"{idNumber[^4..]}号务工", name, idNumber, form];

    public static byte[] Sheet(params string[][] rows)
    {
        using var book = new XLWorkbook();
        var sheet = book.AddWorksheet("务工月报");
        for (var c = 0; c < Header.Length; c++) sheet.Cell(1, c + 1).SetValue(Header[c]);
        for (var r = 0; r < rows.Length; r++)
            for (var c = 0; c < rows[r].Length; c++) sheet.Cell(r + 2, c + 1).SetValue(rows[r][c]);
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>Imports as a department editor of <paramref name="unit"/>, the way the admin page calls the importer.</summary>
    public static async Task<SpreadsheetImportResult> ImportAsync(CmsWebFactory site, int unit, byte[] sheet, DateOnly month, bool submit = true)
    {
        using var scope = site.Services.CreateScope();
        var accessor = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        accessor.HttpContext = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, $"editor{unit}"), new Claim(ClaimTypes.Role, BuiltInRoles.DepartmentEditor),
                new Claim(CmsClaimTypes.DepartmentId, unit.ToString(CultureInfo.InvariantCulture)),
            ], "test")),
            RequestServices = scope.ServiceProvider,
        };
        try
        {
            var type = (await scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>().GetTypeAsync(Ledger))!;
            return await scope.ServiceProvider.GetRequiredService<ContentSpreadsheetImporter>()
                .ImportAsync(type, sheet, unit, submit, month, cancellationToken: TestContext.Current.CancellationToken);
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }

    /// <summary>Latest versions of the ledger's items, as stored.</summary>
    public static Task<List<ContentItemRecord>> LatestAsync(CmsWebFactory site) => site.WithServicesAsync(sp =>
        sp.GetRequiredService<CmsDbContext>().Set<ContentItemRecord>().AsNoTracking()
            .Where(r => r.ContentType == Ledger && r.Latest).OrderBy(r => r.Id).ToListAsync());

    public static Task PublishAllAsync(CmsWebFactory site) => site.WithServicesAsync(async sp =>
    {
        var contents = sp.GetRequiredService<IContentManager>();
        foreach (var row in await LatestAsync(site))
            if (row.Status == ContentStatus.Submitted) await contents.PublishAsync(row.ContentItemId);
    });
}
