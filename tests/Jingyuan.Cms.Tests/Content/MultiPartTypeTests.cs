using Jingyuan.Cms.Content;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Content;

/// <summary>A type made of two parts saves and round-trips on both databases (it failed on PostgreSQL once).</summary>
public sealed class MultiPartTypeTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_type_with_two_parts_is_saved_and_its_items_keep_both_parts_fields(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        await site.WithServicesAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<IContentDefinitionManager>();
            await definitions.SavePartAsync(new ContentPartDefinition
            {
                Name = "PlaceInfo",
                Fields = [new() { Name = "Village", Label = "村", Kind = FieldKind.Text, Order = 1 }],
            });
            await definitions.SavePartAsync(new ContentPartDefinition
            {
                Name = "HerdInfo",
                Fields = [new() { Name = "Head", Label = "头数", Kind = FieldKind.Number, Order = 1 }],
            });
            await definitions.SaveTypeAsync(new ContentTypeDefinition { Name = "HerdRecord", DisplayName = "养殖户", Parts = ["PlaceInfo", "HerdInfo"] });
        });

        var resolved = await site.WithServicesAsync(sp => sp.GetRequiredService<IContentDefinitionManager>().GetTypeAsync("HerdRecord"));
        Assert.NotNull(resolved);
        Assert.Equal(["PlaceInfo", "HerdInfo"], resolved.Parts.Select(p => p.Name));

        var saved = await site.WithContentAsync(async c =>
        {
            var item = await c.NewAsync("HerdRecord");
            item.DisplayText = "养殖户 1";
            item.Year = 2023;
            item.Set("Village", "惠民村").Set("Head", 12m);
            return await c.SaveDraftAsync(item, null);
        });
        var read = await site.WithContentAsync(c => c.GetLatestAsync(saved.ContentItemId));
        Assert.NotNull(read);
        Assert.Equal("惠民村", read.GetText("Village"));
        Assert.Equal(12m, read.GetNumber("Head"));
    }
}
