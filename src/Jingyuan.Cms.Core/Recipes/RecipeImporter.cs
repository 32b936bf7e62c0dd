using System.Text;
using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Plan;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Recipes;

/// <summary>
/// Imports recipe files. The whole file is checked first and nothing is written if anything is
/// wrong; then every step is applied in one transaction, matching existing rows by their natural
/// keys (department name, site name, year, chapter number, task number, target key), so importing
/// the same file again changes nothing. Rows missing from the file are left alone, never deleted:
/// progress reports may refer to them.
/// </summary>
public sealed partial class RecipeImporter(CmsDbContext db, IAuditTrail audit)
{
    public async Task<RecipeImportResult> ImportFileAsync(string path, CancellationToken ct = default) =>
        await ImportAsync(await File.ReadAllTextAsync(path, Encoding.UTF8, ct), Path.GetFileName(path), ct);

    public Task<RecipeImportResult> ImportAsync(string json, CancellationToken ct = default) =>
        ImportAsync(json, source: null, ct);

    /// <param name="source">The file name, for the audit entry.</param>
    public async Task<RecipeImportResult> ImportAsync(string json, string? source, CancellationToken ct = default)
    {
        var reader = RecipeReader.Read(json);
        if (reader.Recipe is not { } recipe)
        {
            return RecipeImportResult.Failed(reader.Errors);
        }
        var departments = await db.Set<Department>().AsNoTracking().ToListAsync(ct);
        var errors = reader.Errors.Concat(CheckAgainstDatabase(recipe, reader, departments)).ToList();
        if (errors.Count > 0)
        {
            return RecipeImportResult.Failed(errors);
        }
        return await db.InTransactionAsync(async () =>
        {
            var changes = new ChangeCount();
            foreach (var step in recipe.Steps.OfType<DepartmentsStep>())
            {
                await ApplyDepartmentsAsync(step, changes, ct);
            }
            foreach (var step in recipe.Steps.OfType<SitesStep>())
            {
                await ApplySitesAsync(step, changes, ct);
            }
            var units = await UnitResolver.LoadAsync(db, ct);
            foreach (var step in recipe.Steps.OfType<PlanStep>())
            {
                await ApplyPlanAsync(step, units, changes, ct);
            }
            // Unit or site renames show on plan pages too, so any change reindexes the file's years.
            if (changes.Added + changes.Updated + changes.Deleted > 0)
            {
                // Targets and sites changed: stored figures are refilled from the records on the next read.
                await db.Set<TargetFigureRecord>().ExecuteDeleteAsync(ct);
                foreach (var step in recipe.Steps.OfType<PlanStep>())
                {
                    PlanIndexing.MarkChanged(db, step.Year);
                }
                await db.SaveChangesAsync(ct);
            }
            // In the import's transaction: the entry exists exactly when the import does.
            await audit.RecordAsync(new AuditEntry(AuditEvents.RecipeImported, Summary(recipe, source, changes)));
            return new RecipeImportResult { Added = changes.Added, Updated = changes.Updated, Deleted = changes.Deleted };
        }, ct);
    }

    private static string Summary(Recipe recipe, string? source, ChangeCount changes)
    {
        var years = string.Join("、", recipe.Steps.OfType<PlanStep>().Select(s => s.Year).Distinct().Order());
        return $"导入方案配方{(source is null ? "" : $"“{source}”")}{(years.Length > 0 ? $"（{years}年度）" : "")}："
            + $"新增 {changes.Added} 条，更新 {changes.Updated} 条，删除 {changes.Deleted} 条";
    }

    /// <summary>Unit names must name a department already in the database or in this file.</summary>
    private static IEnumerable<RecipeError> CheckAgainstDatabase(
        Recipe recipe, RecipeReader reader, List<Department> existing)
    {
        var inFile = recipe.Steps.OfType<DepartmentsStep>().SelectMany(s => s.Departments).ToList();
        var known = DepartmentNames.BuildLookup(existing).Keys.ToHashSet(StringComparer.Ordinal);
        known.UnionWith(inFile.SelectMany(d => d.Aliases.Prepend(d.Name)).Select(DepartmentNames.Normalize));
        var hasTownship = existing.Any(d => d.Kind == DepartmentKind.Township) || inFile.Any(d => d.Kind == DepartmentKind.Township);
        foreach (var reference in reader.UnitReferences)
        {
            if (reference.Name == DepartmentNames.AllTownships)
            {
                if (!hasTownship)
                {
                    yield return new RecipeError(reference.Path, $"“{DepartmentNames.AllTownships}”代表全部乡镇，但还没有任何乡镇单位（Kind 为 Township）");
                }
            }
            else if (!known.Contains(DepartmentNames.Normalize(reference.Name)))
            {
                yield return new RecipeError(reference.Path, $"未知的单位“{reference.Name}”（请先在 Departments 步骤中添加；如指全部乡镇请写“{DepartmentNames.AllTownships}”）");
            }
        }

        // A new department named like another unit's alias would make that name ambiguous.
        var byAlias = existing.SelectMany(d => DepartmentNames.SplitAliases(d.Aliases).Select(a => (Alias: DepartmentNames.Normalize(a), d.Name)))
            .Where(x => existing.All(d => DepartmentNames.Normalize(d.Name) != x.Alias))
            .GroupBy(x => x.Alias).ToDictionary(g => g.Key, g => g.First().Name);
        foreach (var step in recipe.Steps.OfType<DepartmentsStep>())
        {
            for (var i = 0; i < step.Departments.Count; i++)
            {
                if (byAlias.TryGetValue(DepartmentNames.Normalize(step.Departments[i].Name), out var owner))
                {
                    yield return new RecipeError($"{reader.PathOf(step)}.departments[{i}].name", $"与单位“{owner}”的别名相同");
                }
            }
        }
    }

    /// <summary>Counts rows written, read from the change tracker just before each save.</summary>
    private sealed class ChangeCount
    {
        public int Added;
        public int Updated;
        public int Deleted;
    }

    private async Task SaveAsync(ChangeCount changes, CancellationToken ct)
    {
        db.ChangeTracker.DetectChanges();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            switch (entry.State)
            {
                case EntityState.Added: changes.Added++; break;
                case EntityState.Modified: changes.Updated++; break;
                case EntityState.Deleted: changes.Deleted++; break;
            }
        }
        await db.SaveChangesAsync(ct);
    }
}
