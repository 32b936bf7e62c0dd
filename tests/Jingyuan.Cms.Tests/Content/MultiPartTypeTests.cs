using Jingyuan.Cms.Content;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Content;

/// <summary>
/// A type made of its own part and a shared one, saved and used on both databases. PostgreSQL once
/// refused to save it ("A second operation was started on this context") while SQLite let it pass.
/// </summary>
public sealed class MultiPartTypeTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_type_with_two_parts_saves_and_its_items_carry_the_fields_of_both(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        await site.WithServicesAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<IContentDefinitionManager>();
            await definitions.SavePartAsync(new ContentPartDefinition
            {
                Name = "Located", DisplayName = "地点",
                Fields = [new() { Name = "Township", Label = "乡镇", Kind = FieldKind.Choice, Order = 1, Settings = new() { Options = ["香水镇", "黄花乡"], Indexed = true } }],
            });
            await definitions.SavePartAsync(new ContentPartDefinition
            {
                Name = "WellRecord", DisplayName = "水井",
                Fields = [new() { Name = "Depth", Label = "井深", Kind = FieldKind.Number, Order = 1, Settings = new() { Unit = "米", Indexed = true } }],
            });
            await definitions.SaveTypeAsync(new ContentTypeDefinition { Name = "WellRecord", DisplayName = "水井台账", Parts = ["WellRecord", "Located"] });
        });

        var type = await site.WithServicesAsync(sp => sp.GetRequiredService<IContentDefinitionManager>().GetTypeAsync("WellRecord"));
        Assert.Equal(["Depth", "Township"], type!.Fields.Select(f => f.Name));

        var saved = await site.WithContentAsync(async c =>
        {
            var item = await c.NewAsync("WellRecord");
            item.DisplayText = "黄花乡一号井";
            item.Year = 2023;
            item.Set("Depth", 120).Set("Township", "黄花乡");
            return await c.SaveDraftAsync(item, null);
        });
        var found = await site.WithContentAsync(c => c.QueryAsync(new ContentQuery { ContentTypes = ["WellRecord"] }.Where("Township", "黄花乡")));
        Assert.Equal(saved.ContentItemId, Assert.Single(found.Items).ContentItemId);
        Assert.Equal(120m, found.Items[0].GetNumber("Depth"));
    }
}
