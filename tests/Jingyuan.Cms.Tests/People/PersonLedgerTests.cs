using System.Net;
using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.People;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.Admin;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.People;

/// <summary>
/// Two people ledgers built on <see cref="PersonFields"/>: personal values encrypted at rest and masked,
/// the ID number checked, and one person found across both ledgers, within the viewer's department.
/// </summary>
public sealed class PersonLedgerTests
{
    private const string Workers = "TestWorker";
    private const string Trainees = "TestTrainee";
    private const string IdNumber = "640424199001011231";
    private const string Name = "马小明";

    [Theory, ClassData(typeof(Databases))]
    public async Task A_person_is_encrypted_masked_and_found_across_ledgers_of_their_department_only(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        await DefineLedgersAsync(site);
        var (own, other) = await TestContent.DepartmentsAsync(site);
        var worker = await SaveAsync(site, Workers, "务工登记", own, IdNumber);
        var trainee = await SaveAsync(site, Trainees, "技能培训", own, "6404 2419 9001 01123 1"); // the same number as typed with spaces
        var otherUnits = await SaveAsync(site, Trainees, "外单位培训", other, IdNumber);
        var otherPerson = await SaveAsync(site, Workers, "另一人", own, "640424200012310013");

        // At rest: the version JSON holds ciphertext, the index an HMAC; neither holds the clear values.
        var (json, index) = await site.WithServicesAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            var record = await db.Set<ContentItemRecord>().AsNoTracking().Include(r => r.FieldIndex)
                .SingleAsync(r => r.ContentItemId == worker.ContentItemId && r.Latest);
            return (record.DataJson, record.FieldIndex.Single(f => f.FieldName == PersonFields.IdNumber).TextValue!);
        });
        Assert.DoesNotContain(IdNumber, json);
        Assert.DoesNotContain(Name, json);
        Assert.Contains("pd:v1:", json);
        Assert.StartsWith("hmac:", index);

        await site.CreateUserAsync("ma", BuiltInRoles.DepartmentEditor, own);
        using var editor = await site.LoginAsync("ma");
        var editPage = await editor.GetPageAsync($"/admin/content/{worker.ContentItemId}/edit");
        Assert.Contains("6404**********1231", editPage);
        Assert.Contains("马*明", editPage);
        Assert.DoesNotContain(IdNumber, editPage);
        Assert.DoesNotContain(IdNumber, await editor.GetPageAsync($"/admin/content?type={Workers}"));

        var lookup = await editor.PostFieldsAsync("/admin/persons", "/admin/persons", ("idNumber", IdNumber.ToLowerInvariant()));
        Assert.Equal(HttpStatusCode.Redirect, lookup.StatusCode);
        var personUrl = lookup.Headers.Location!.OriginalString;
        Assert.DoesNotContain(IdNumber, personUrl);
        var person = await editor.GetPageAsync(personUrl);
        // Rows are titled by the masked person (PersonTitles), so they are told apart by their links.
        Assert.Contains(worker.ContentItemId, person);
        Assert.Contains(trainee.ContentItemId, person);
        Assert.DoesNotContain(otherUnits.ContentItemId, person);   // another unit's row
        Assert.DoesNotContain(otherPerson.ContentItemId, person);  // another person
        Assert.Contains("马*明", person);
        Assert.DoesNotContain(Name, person);
        Assert.Single(await site.AuditAsync(AuditEvents.PersonViewed));

        // The reviewer sees every unit's rows about the person.
        await site.CreateUserAsync("shen", BuiltInRoles.Reviewer);
        using var reviewer = await site.LoginAsync("shen");
        Assert.Contains(otherUnits.ContentItemId, await reviewer.GetPageAsync(personUrl));

        var bad = await editor.PostFieldsAsync("/admin/persons", "/admin/persons", ("idNumber", "640424199001011234"));
        Assert.Contains("校验位不正确", await bad.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_id_number_with_a_wrong_check_character_is_refused_at_its_field()
    {
        await using var site = new CmsWebFactory();
        await DefineLedgersAsync(site);
        var (own, _) = await TestContent.DepartmentsAsync(site);
        var refused = await Assert.ThrowsAsync<ContentValidationException>(() => SaveAsync(site, Workers, "错号", own, "640424199001011234"));
        Assert.Equal("身份证号码：身份证号码校验位不正确，请核对", Assert.Single(refused.Errors[PersonFields.IdNumber]));
        var phone = await Assert.ThrowsAsync<ContentValidationException>(() => SaveAsync(site, Workers, "错电话", own, IdNumber, phone: "12345"));
        Assert.Contains("联系电话", Assert.Single(phone.Errors[PersonFields.Phone]));
    }

    private static Task DefineLedgersAsync(CmsWebFactory site) => site.WithServicesAsync(async sp =>
    {
        var definitions = sp.GetRequiredService<IContentDefinitionManager>();
        foreach (var (type, label) in new[] { (Workers, "务工台账"), (Trainees, "培训台账") })
        {
            await definitions.SavePartAsync(new ContentPartDefinition
            {
                Name = type,
                Fields = [.. PersonFields.Create(), new() { Name = "Note", Label = "备注", Kind = FieldKind.Text, Order = 1 }],
            });
            await definitions.SaveTypeAsync(new ContentTypeDefinition { Name = type, DisplayName = label, Parts = [type] });
        }
    });

    private static Task<ContentItem> SaveAsync(CmsWebFactory site, string type, string title, int department, string idNumber,
        string phone = "13912345678") => site.WithContentAsync(async c =>
    {
        var item = await c.NewAsync(type);
        item.DisplayText = title;
        item.DepartmentId = department;
        item.Year = 2023;
        item.Set(PersonFields.Name, Name).Set(PersonFields.IdNumber, idNumber).Set(PersonFields.Phone, phone)
            .Set(PersonFields.Household, "马大明");
        return await c.SaveDraftAsync(item, null);
    });
}
