using Jingyuan.Cms.Content;
using Jingyuan.Cms.Navigation;

namespace Jingyuan.Cms.Chapters;

/// <summary>
/// A chapter module in one place: the plan chapter it serves, its ledgers (typed records), how they add
/// up to the plan's targets, and any admin pages of its own. The module id is the manifest's
/// (<c>[assembly: Module(...)]</c>), never repeated here. Registered with
/// <c>services.AddChapter&lt;T&gt;()</c>; the host then creates and updates the record types to the declared
/// shape, validates the chapter at start-up, and provides its dashboard, lists, forms, Excel and figures.
/// </summary>
public abstract class ChapterDefinition
{
    /// <summary>The plan chapter's number (一 = 1): the host binds the module to that chapter of every plan year.</summary>
    public abstract int PlanChapter { get; }

    /// <summary>URL segment of the chapter's admin pages: /admin/chapters/{Slug}.</summary>
    public abstract string Slug { get; }

    /// <summary>Menu and page title (Chinese).</summary>
    public abstract string Title { get; }

    public abstract void Define(ChapterBuilder chapter);

    /// <summary>The descriptor the host works with, for the module that ships this definition.</summary>
    public ChapterDescriptor Describe(string moduleId)
    {
        var builder = new ChapterBuilder(moduleId);
        Define(builder);
        return new ChapterDescriptor
        {
            ModuleId = moduleId,
            PlanChapter = PlanChapter,
            Slug = Slug,
            Title = Title,
            RecordTypes = [.. builder.Shapes.Select(s => s.Type.Name)],
            RecordShapes = builder.Shapes,
            FilterFields = [.. builder.Shapes.SelectMany(s => s.FilterFields).Distinct()],
            Rules = builder.DeclaredRules,
            AdminLinks = builder.AdminLinks,
        };
    }
}

/// <summary>Collects what <see cref="ChapterDefinition.Define"/> declares.</summary>
public sealed class ChapterBuilder
{
    private readonly string moduleId;

    internal ChapterBuilder(string moduleId) => this.moduleId = moduleId;

    internal List<RecordTypeShape> Shapes { get; } = [];
    internal List<TargetRule> DeclaredRules { get; } = [];
    internal List<MenuItem> AdminLinks { get; } = [];

    /// <summary>A ledger: a content type named like <typeparamref name="TRecord"/>, in menu order.</summary>
    public ChapterBuilder Record<TRecord>(string displayName, Func<RecordTypeBuilder<TRecord>, RecordTypeBuilder<TRecord>> declare)
        where TRecord : ChapterRecord
    {
        var shape = new RecordTypeShape
        {
            Type = new ContentTypeDefinition
            {
                Name = ChapterRecords.TypeName<TRecord>(), DisplayName = displayName, ModuleId = moduleId,
                Parts = [ChapterRecords.TypeName<TRecord>()], PublicVisible = false,
            },
        };
        declare(new RecordTypeBuilder<TRecord>(shape));
        Shapes.Add(shape);
        return this;
    }

    public ChapterBuilder Rules(params TargetRule[] rules)
    {
        DeclaredRules.AddRange(rules);
        return this;
    }

    /// <summary>A page of the module's own in the chapter's admin menu group.</summary>
    public ChapterBuilder AdminLink(string text, string url, Security.Permission? permission = null, int position = 50)
    {
        AdminLinks.Add(new MenuItem { Id = url, Text = text, Url = url, Permission = permission, Position = position });
        return this;
    }
}
