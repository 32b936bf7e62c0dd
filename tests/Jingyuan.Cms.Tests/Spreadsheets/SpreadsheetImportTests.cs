using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Spreadsheets;
using Jingyuan.Cms.Tests.Admin;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Spreadsheets;

/// <summary>
/// Imports stay all-or-nothing without locking the site: a huge file is refused by the streaming
/// pre-check, long imports run in the background, and other users' saves wait or get a 503, never a 500.
/// </summary>
public sealed partial class SpreadsheetImportTests
{
    private const string ImportPage = "/admin/content/sheets/" + TestContent.Type + "/import";

    [GeneratedRegex("/admin/content/sheets/TestRecord/import/jobs/([0-9a-f]{32})")]
    private static partial Regex JobUrl();

    [Fact]
    public void The_streaming_check_refuses_200000_rows_after_reading_just_past_the_limit()
    {
        var file = ImportWorkbooks.Huge(200_000);

        var shape = ContentSpreadsheetImporter.Inspect(file);

        Assert.Equal(SpreadsheetInspector.TooManyRowsMessage(ContentSpreadsheetImporter.MaxRows), shape.Error?.Message);
        // Stopped at the first row past header + 5,000: the other 195,000 rows were never read.
        Assert.Equal(ContentSpreadsheetImporter.MaxRows + 2, shape.RowsRead);
    }

    [Fact]
    public void The_streaming_check_counts_the_data_rows_of_an_acceptable_sheet()
    {
        var shape = ContentSpreadsheetImporter.Inspect(ImportWorkbooks.Huge(600));
        Assert.Null(shape.Error);
        Assert.Equal(600, shape.DataRows);
    }

    [Fact]
    public async Task A_200000_row_workbook_is_refused_with_the_row_limit_and_nothing_is_written()
    {
        await using var site = new CmsWebFactory();
        await TestContent.DefineTypeAsync(site);
        using var admin = await site.LoginAsync("admin");

        var response = await UploadAsync(admin, ImportWorkbooks.Huge(200_000));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        // Only the streaming pre-check words the refusal this way: the importer has no later row check.
        Assert.Contains(SpreadsheetInspector.TooManyRowsMessage(ContentSpreadsheetImporter.MaxRows), html);
        Assert.Equal(0, await CountAsync(site));
        Assert.Equal(0, await site.WithServicesAsync(sp => Task.FromResult(sp.GetRequiredService<CmsDbContext>().Set<SpreadsheetImportJobRecord>().Count())));
    }

    [Theory]
    [InlineData("empty zip")]
    [InlineData("not a zip")]
    public async Task A_file_that_is_not_a_workbook_gets_a_clear_message_not_a_500(string kind)
    {
        await using var site = new CmsWebFactory();
        await TestContent.DefineTypeAsync(site);
        using var admin = await site.LoginAsync("admin");
        var bytes = kind == "empty zip" ? ImportWorkbooks.EmptyZip() : "标题,年度\n肉牛,2023\n"u8.ToArray();

        var response = await UploadAsync(admin, bytes);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(SpreadsheetInspector.UnreadableMessage,
            WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_background_import_reaches_100_percent_as_the_uploading_user_and_its_rows_exist(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        await TestContent.DefineTypeAsync(site);
        using var admin = await site.LoginAsync("admin");
        var rows = Enumerable.Range(1, ContentSpreadsheetImporter.BackgroundThreshold + 100).Select(i => ImportWorkbooks.Row($"后台导入{i}")).ToList();

        var response = await UploadAsync(admin, ImportWorkbooks.Small(rows));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var job = JobUrl().Match(response.Headers.Location!.OriginalString).Groups[1].Value;
        var status = await WaitForJobAsync(admin, job);
        Assert.Equal("succeeded", status.GetProperty("state").GetString());
        Assert.Equal(100, status.GetProperty("percent").GetInt32());
        Assert.Equal(rows.Count, status.GetProperty("imported").GetInt32());
        Assert.Equal(rows.Count, await CountAsync(site));
        var item = (await site.WithContentAsync(c => c.QueryAsync(new ContentQuery { ContentTypes = [TestContent.Type], Text = "后台导入600" }))).Items.Single();
        // The job ran as the user who uploaded, not as "system".
        Assert.Equal("admin", item.Owner);
        // The index rows and audit entries written in bulk are whole: a field query finds the rows, on
        // both databases, and the audit chain over thousands of bulk-written entries verifies.
        var byHead = await site.WithContentAsync(c => c.QueryAsync(new ContentQuery { ContentTypes = [TestContent.Type], PageSize = 1 }.Where("Head", "10")));
        Assert.Equal(rows.Count, byHead.Total);
        var chain = await site.WithServicesAsync(sp => sp.GetRequiredService<Jingyuan.Cms.Audit.AuditVerifier>().VerifyAsync());
        Assert.True(chain.Problems.Count == 0, string.Join("; ", chain.Problems));
        Assert.Equal(rows.Count, (await site.AuditAsync(Jingyuan.Cms.Audit.AuditEvents.ContentCreated)).Count);
        Assert.Contains("导入完成", await admin.GetPageAsync(response.Headers.Location!.OriginalString));
        // Another user cannot watch someone else's job.
        await site.CreateUserAsync("other-editor", Jingyuan.Cms.Security.BuiltInRoles.DepartmentEditor);
        using var other = await site.LoginAsync("other-editor");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/admin/content/sheets/import-jobs/{job}/status")).StatusCode);
    }

    [Fact]
    public async Task A_background_import_with_one_invalid_row_writes_nothing_and_names_the_cell()
    {
        await using var site = new CmsWebFactory();
        await TestContent.DefineTypeAsync(site);
        using var admin = await site.LoginAsync("admin");
        var rows = Enumerable.Range(1, ContentSpreadsheetImporter.BackgroundThreshold + 100).Select(i => ImportWorkbooks.Row($"有错{i}")).ToList();
        rows[449] = ImportWorkbooks.Row("有错450", head: "很多"); // sheet row 451, column C

        var response = await UploadAsync(admin, ImportWorkbooks.Small(rows));

        var job = JobUrl().Match(response.Headers.Location!.OriginalString).Groups[1].Value;
        var status = await WaitForJobAsync(admin, job);
        Assert.Equal("failed", status.GetProperty("state").GetString());
        Assert.Equal(0, await CountAsync(site));
        var page = WebUtility.HtmlDecode(await admin.GetPageAsync(response.Headers.Location!.OriginalString));
        Assert.Contains("第451行，C列（*头数（头））", page);
    }

    [Fact]
    public async Task A_save_during_an_import_waits_for_the_write_lock_and_succeeds()
    {
        var hold = new ImportHold();
        await using var site = new CmsWebFactory(configure: b => b.ConfigureTestServices(s => hold.Register(s)));
        await TestContent.DefineTypeAsync(site);
        using var importer = await site.LoginAsync("admin");
        using var editor = await site.LoginAsync("admin");
        var token = await editor.TokenFromAsync($"/admin/content/new/{TestContent.Type}");

        var import = UploadAsync(importer, ImportWorkbooks.Small(Enumerable.Range(1, 20).Select(i => ImportWorkbooks.Row($"导入{i}"))));
        await hold.Entered.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        var save = editor.PostWithTokenAsync($"/admin/content/new/{TestContent.Type}", token, SaveFields("导入期间的保存"));
        // The import keeps the write lock a moment longer while the save waits for it.
        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
        hold.Release();

        Assert.Equal(HttpStatusCode.Redirect, (await save).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await import).StatusCode);
        Assert.Equal(21, await CountAsync(site));
    }

    [Fact]
    public async Task A_save_that_cannot_get_the_lock_in_time_answers_503_with_a_message_not_500()
    {
        var hold = new ImportHold();
        await using var site = new CmsWebFactory(configure: b =>
        {
            b.UseSetting("Database:BusyTimeoutSeconds", "1");
            b.ConfigureTestServices(s => hold.Register(s));
        });
        await TestContent.DefineTypeAsync(site);
        using var importer = await site.LoginAsync("admin");
        using var editor = await site.LoginAsync("admin");
        var token = await editor.TokenFromAsync($"/admin/content/new/{TestContent.Type}");

        var import = UploadAsync(importer, ImportWorkbooks.Small(Enumerable.Range(1, 20).Select(i => ImportWorkbooks.Row($"导入{i}"))));
        await hold.Entered.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        HttpResponseMessage save;
        try
        {
            // The lock is held until this save has answered: it must give up after the 1 s busy timeout.
            save = await editor.PostWithTokenAsync($"/admin/content/new/{TestContent.Type}", token, SaveFields("等不到锁的保存"));
        }
        finally
        {
            hold.Release();
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, save.StatusCode);
        Assert.True(save.Headers.RetryAfter is not null);
        Assert.Contains("系统繁忙", WebUtility.HtmlDecode(await save.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
        Assert.Equal(HttpStatusCode.Redirect, (await import).StatusCode);
        Assert.Equal(20, await CountAsync(site));
    }

    private static IEnumerable<KeyValuePair<string, string>> SaveFields(string title) =>
    [
        new("DisplayText", title), new("Year", "2023"), new("f.Head", "5"), new("f.Stage", "在建"),
    ];

    internal static async Task<HttpResponseMessage> UploadAsync(TestClient client, byte[] workbook)
    {
        var token = await client.TokenFromAsync(ImportPage);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(workbook), "file", "测试记录.xlsx" },
        };
        return await client.Http.PostAsync(ImportPage, form);
    }

    /// <summary>Polls the status endpoint as the progress page does, until the job is done (bounded wait, no timing assertion).</summary>
    private static async Task<JsonElement> WaitForJobAsync(TestClient client, string job)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var json = await client.GetPageAsync($"/admin/content/sheets/import-jobs/{job}/status");
            var status = JsonDocument.Parse(json).RootElement;
            if (status.GetProperty("done").GetBoolean()) return status;
            await Task.Delay(200);
        }
        throw new TimeoutException($"Import job {job} did not finish.");
    }

    private static Task<int> CountAsync(CmsWebFactory site) => site.WithContentAsync(async c =>
        (await c.QueryAsync(new ContentQuery { ContentTypes = [TestContent.Type], PageSize = 1 })).Total);

    /// <summary>Holds an import inside its write transaction (its first saved row) until the test lets go.</summary>
    private sealed class ImportHold
    {
        private readonly TaskCompletionSource entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Entered => entered.Task;

        public void Release() => released.TrySetResult();

        public void Register(IServiceCollection services) => services.AddScoped<IContentHandler>(_ => new Handler(this));

        private sealed class Handler(ImportHold hold) : IContentHandler
        {
            public async Task SavedAsync(ContentItem item)
            {
                if (!item.DisplayText.StartsWith("导入", StringComparison.Ordinal) || item.DisplayText.StartsWith("导入期间", StringComparison.Ordinal)) return;
                if (hold.entered.TrySetResult()) await hold.released.Task.WaitAsync(TimeSpan.FromSeconds(60));
            }
        }
    }
}
