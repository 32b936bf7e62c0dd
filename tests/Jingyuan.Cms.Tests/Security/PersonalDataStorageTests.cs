using System.Text.Json.Nodes;
using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Content.PersonalData;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Security;

/// <summary>Personal values are encrypted in the version JSON, hashed in the index and masked in every diff.</summary>
public sealed class PersonalDataStorageTests
{
    internal const string Type = "HouseholdRecord";
    internal const string IdNumber = "64042219900101123X";
    internal const string Phone = "13912345678";
    internal const string NewPhone = "13800001111";

    internal static Task DefineHouseholdTypeAsync(CmsWebFactory site) => site.WithServicesAsync(async sp =>
    {
        var definitions = sp.GetRequiredService<IContentDefinitionManager>();
        await definitions.SavePartAsync(new ContentPartDefinition
        {
            Name = Type,
            Fields =
            [
                new() { Name = "Holder", Label = "户主姓名", Kind = FieldKind.Text, Order = 1, Settings = new() { Personal = true } },
                new() { Name = "IdNumber", Label = "身份证号", Kind = FieldKind.Text, Order = 2, Settings = new() { Personal = true, Indexed = true } },
                new() { Name = "Phone", Label = "联系电话", Kind = FieldKind.Text, Order = 3, Settings = new() { Personal = true } },
                new() { Name = "Village", Label = "村", Kind = FieldKind.Text, Order = 4, Settings = new() { Indexed = true } },
            ],
        });
        await definitions.SaveTypeAsync(new ContentTypeDefinition { Name = Type, DisplayName = "移民户", Parts = [Type] });
    });

    internal static Task<ContentItem> SaveHouseholdAsync(CmsWebFactory site, int? departmentId = null) => site.WithContentAsync(async c =>
    {
        var item = await c.NewAsync(Type);
        item.DisplayText = "移民户 001";
        item.DepartmentId = departmentId;
        item.Year = 2023;
        item.Set("Holder", "马小花").Set("IdNumber", IdNumber).Set("Phone", Phone).Set("Village", "惠民村");
        return await c.SaveDraftAsync(item, null);
    });

    private static Task<List<T>> RowsAsync<T>(CmsWebFactory site) where T : class =>
        site.WithServicesAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<T>().AsNoTracking().ToListAsync());

    [Theory, ClassData(typeof(Databases))]
    public async Task Stored_json_and_index_hold_no_plaintext_and_the_engine_reads_it_back(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        await DefineHouseholdTypeAsync(site);
        var saved = await SaveHouseholdAsync(site);

        var record = Assert.Single(await RowsAsync<ContentItemRecord>(site), r => r.ContentType == Type);
        foreach (var clear in new[] { IdNumber, Phone, "马小花", "13912345678" }) Assert.DoesNotContain(clear, record.DataJson);
        Assert.Contains(PersonalDataProtector.Marker, record.DataJson);
        Assert.Contains("惠民村", record.DataJson); // only personal fields are encrypted

        var index = (await RowsAsync<ContentFieldIndexRecord>(site)).Where(i => i.VersionId == record.Id).ToList();
        var idRow = Assert.Single(index, i => i.FieldName == "IdNumber");
        Assert.StartsWith(PersonalDataProtector.HashMarker, idRow.TextValue);
        Assert.DoesNotContain(index, i => i.TextValue!.Contains("640422"));

        var read = (await site.WithContentAsync(c => c.GetLatestAsync(saved.ContentItemId)))!;
        Assert.Equal(IdNumber, read.GetText("IdNumber"));
        Assert.Equal(Phone, read.GetText("Phone"));

        // Exact lookup by ID number still works, through the keyed hash, whatever the spelling.
        var found = await site.WithContentAsync(c => c.QueryAsync(new ContentQuery { ContentTypes = [Type] }
            .Where("IdNumber", "640422 19900101 123x")));
        Assert.Equal(saved.ContentItemId, Assert.Single(found.Items).ContentItemId);
        var none = await site.WithContentAsync(c => c.QueryAsync(new ContentQuery { ContentTypes = [Type] }
            .Where("IdNumber", "640422199001019999")));
        Assert.Empty(none.Items);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Audit_diffs_and_version_comparison_show_only_masked_values(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        await DefineHouseholdTypeAsync(site);
        var saved = await SaveHouseholdAsync(site);
        await site.WithContentAsync(async c =>
        {
            var next = (await c.GetLatestAsync(saved.ContentItemId))!;
            next.Set("Phone", NewPhone);
            return await c.SaveDraftAsync(next, next.ConcurrencyStamp);
        });

        var diffs = (await site.AuditAsync(AuditEvents.ContentCreated)).Concat(await site.AuditAsync(AuditEvents.ContentEdited))
            .Where(e => e.ContentItemId == saved.ContentItemId).Select(e => e.Diff ?? "").ToList();
        Assert.Equal(2, diffs.Count);
        var all = string.Join("\n", diffs);
        foreach (var clear in new[] { IdNumber, Phone, NewPhone, "马小花" }) Assert.DoesNotContain(clear, all);
        Assert.Contains("6404**********123X", diffs[0]);
        Assert.Contains("马*花", diffs[0]);
        Assert.Contains("- 联系电话: 139****5678", diffs[1]);
        Assert.Contains("+ 联系电话: 138****1111", diffs[1]);

        var admin = await site.LoginAsync("admin");
        var history = await admin.GetPageAsync($"/admin/content/{saved.ContentItemId}/history?from=1&to=2");
        Assert.Contains("138****1111", history);
        Assert.DoesNotContain(NewPhone, history);
        Assert.DoesNotContain(Phone, history);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Plaintext_stored_before_the_rule_is_encrypted_once_and_stays_readable(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        await DefineHouseholdTypeAsync(site);
        // A version as an earlier release stored it: values and index in clear.
        var versionId = await site.WithServicesAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            var record = new ContentItemRecord
            {
                ContentItemId = Guid.NewGuid().ToString("n"), Number = 1, ContentType = Type, Latest = true,
                DisplayText = "旧记录", Owner = "admin", ModifiedBy = "admin", ConcurrencyStamp = "old",
                CreatedUtc = DateTime.UtcNow, ModifiedUtc = DateTime.UtcNow,
                DataJson = new JsonObject { ["Holder"] = "马小花", ["IdNumber"] = IdNumber, ["Phone"] = Phone, ["Village"] = "惠民村" }
                    .ToJsonString(),
                FieldIndex = [new() { FieldName = "IdNumber", TextValue = IdNumber }, new() { FieldName = "Village", TextValue = "惠民村" }],
            };
            db.Add(record);
            await db.SaveChangesAsync();
            return record.Id;
        });

        var (first, second) = await site.WithServicesAsync(async sp =>
        {
            var type = (await sp.GetRequiredService<IContentDefinitionManager>().GetTypeAsync(Type))!;
            var encryptor = sp.GetRequiredService<PersonalDataEncryptor>();
            return (await encryptor.EncryptExistingAsync(type), await encryptor.EncryptExistingAsync(type));
        });
        Assert.Equal(1, first);
        Assert.Equal(0, second);

        var stored = (await RowsAsync<ContentItemRecord>(site)).Single(r => r.Id == versionId);
        Assert.DoesNotContain(IdNumber, stored.DataJson);
        Assert.DoesNotContain(Phone, stored.DataJson);
        var index = (await RowsAsync<ContentFieldIndexRecord>(site)).Where(i => i.VersionId == versionId).ToList();
        Assert.StartsWith(PersonalDataProtector.HashMarker, index.Single(i => i.FieldName == "IdNumber").TextValue);
        Assert.Equal("惠民村", index.Single(i => i.FieldName == "Village").TextValue);

        var read = (await site.WithContentAsync(c => c.GetVersionAsync(versionId)))!;
        Assert.Equal(IdNumber, read.GetText("IdNumber"));
        var found = await site.WithContentAsync(c => c.QueryAsync(new ContentQuery { ContentTypes = [Type] }.Where("IdNumber", IdNumber)));
        Assert.Single(found.Items);
    }

    [Fact]
    public async Task Marking_a_field_personal_encrypts_what_was_stored_in_clear()
    {
        await using var site = new CmsWebFactory();
        await TestContent.DefineTypeAsync(site);
        var item = await site.WithContentAsync(async c =>
        {
            var draft = await c.NewAsync(TestContent.Type);
            draft.DisplayText = "项目";
            draft.Set("Head", 3m).Set("Body", "<p>联系人 13700002222</p>");
            return await c.SaveDraftAsync(draft, null);
        });
        Assert.Contains("13700002222", (await RowsAsync<ContentItemRecord>(site)).Single(r => r.ContentItemId == item.ContentItemId).DataJson);

        await site.WithServicesAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<IContentDefinitionManager>();
            var part = (await definitions.GetPartAsync(TestContent.Type))!;
            part.Fields.Single(f => f.Name == "Body").Settings.Personal = true;
            await definitions.SavePartAsync(part);
        });

        Assert.DoesNotContain("13700002222", (await RowsAsync<ContentItemRecord>(site)).Single(r => r.ContentItemId == item.ContentItemId).DataJson);
        Assert.Equal("<p>联系人 13700002222</p>", (await site.WithContentAsync(c => c.GetLatestAsync(item.ContentItemId)))!.GetText("Body"));
    }
}
