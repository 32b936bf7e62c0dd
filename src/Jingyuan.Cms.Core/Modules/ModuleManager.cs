using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Security;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Modules;

/// <summary>Enables and disables modules, running their migrations and default permission grants.</summary>
public sealed class ModuleManager(
    CmsDbContext db,
    ModuleState state,
    IEnumerable<IDataMigration> migrations,
    IAuditTrail audit,
    PermissionGrants grants,
    Chapters.DeclaredRecordTypes recordTypes,
    ModuleContributions contributions,
    IServiceProvider services,
    TimeProvider clock)
{
    /// <summary>The host's own migrations and permissions are recorded under this id.</summary>
    public const string HostModuleId = "Jingyuan.Cms";

    /// <summary>At start: load the stored choices, enable new modules, run pending steps.</summary>
    public async Task InitializeAsync()
    {
        var rows = await db.Set<ModuleStateRecord>().ToDictionaryAsync(r => r.ModuleId, StringComparer.OrdinalIgnoreCase);
        await MigrateAsync(HostModuleId, rows);
        foreach (var module in state.AllModules)
        {
            var enabled = module.AlwaysEnabled || !rows.TryGetValue(module.Id, out var row) || row.Enabled;
            state.Set(module.Id, enabled);
            if (enabled) await MigrateAsync(module.Id, rows);
        }
    }

    /// <summary>
    /// Reads the stored choices again: an enable or disable made on another web node sharing the
    /// database reaches this one (see <see cref="ModuleStateRefresher"/>). Migrations stay with the
    /// node that enabled the module; this only follows the switch.
    /// </summary>
    public async Task RefreshAsync(CancellationToken ct = default)
    {
        var seen = state.LocalChanges;
        var rows = await db.Set<ModuleStateRecord>().AsNoTracking().ToListAsync(ct);
        // Skipped when this node switched a module meanwhile: the next tick reads that change too.
        state.Refresh(seen, rows
            .Select(r => (Module: state.Find(r.ModuleId), r.Enabled))
            .Where(r => r.Module is { AlwaysEnabled: false })
            .Select(r => (r.Module!.Id, r.Enabled)));
    }

    public async Task EnableAsync(string moduleId)
    {
        var module = state.Find(moduleId) ?? throw new InvalidOperationException($"模块 {moduleId} 不存在");
        var missing = module.Dependencies.Where(d => !state.IsEnabled(d)).ToList();
        if (missing.Count > 0) throw new InvalidOperationException($"请先启用依赖的模块：{string.Join("、", missing)}");

        var rows = await db.Set<ModuleStateRecord>().ToDictionaryAsync(r => r.ModuleId, StringComparer.OrdinalIgnoreCase);
        await MigrateAsync(moduleId, rows);
        rows[moduleId].Enabled = true;
        rows[moduleId].ChangedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync();
        state.Set(moduleId, true);
        await audit.RecordAsync(new AuditEntry(AuditEvents.ModuleEnabled, $"启用模块 {module.Name}（{module.Id}）"));
    }

    public async Task DisableAsync(string moduleId)
    {
        var module = state.Find(moduleId) ?? throw new InvalidOperationException($"模块 {moduleId} 不存在");
        if (module.AlwaysEnabled) throw new InvalidOperationException($"模块 {module.Name} 是核心模块，不能停用");
        var dependents = state.AllModules.Where(m => m.Dependencies.Contains(moduleId, StringComparer.OrdinalIgnoreCase)
            && state.IsEnabled(m.Id)).Select(m => m.Name).ToList();
        if (dependents.Count > 0) throw new InvalidOperationException($"请先停用依赖它的模块：{string.Join("、", dependents)}");

        var row = await db.Set<ModuleStateRecord>().FindAsync(moduleId);
        if (row is null)
        {
            row = new ModuleStateRecord { ModuleId = moduleId };
            db.Add(row);
        }
        row.Enabled = false;
        row.ChangedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync();
        state.Set(moduleId, false);
        await audit.RecordAsync(new AuditEntry(AuditEvents.ModuleDisabled, $"停用模块 {module.Name}（{module.Id}）"));
    }

    private async Task MigrateAsync(string moduleId, Dictionary<string, ModuleStateRecord> rows)
    {
        var isNew = !rows.TryGetValue(moduleId, out var row);
        if (row is null)
        {
            row = new ModuleStateRecord { ModuleId = moduleId, Enabled = true, ChangedUtc = clock.GetUtcNow().UtcDateTime };
            db.Add(row);
            rows[moduleId] = row;
        }
        await db.SaveChangesAsync();
        // The declared record types first: the module's data migrations may work on them.
        // All chapters, not only enabled ones: this module is being enabled.
        await recordTypes.ApplyAsync(contributions.All<Chapters.ChapterDescriptor>(services).Where(c => string.Equals(c.ModuleId, moduleId, StringComparison.OrdinalIgnoreCase)));
        foreach (var migration in migrations.Where(m => OwnerOf(m.GetType()) == moduleId))
        {
            var name = migration.GetType().FullName!;
            var step = await db.Set<DataMigrationRecord>().FindAsync(name);
            if (step is null)
            {
                step = new DataMigrationRecord { MigrationClass = name, ModuleId = moduleId };
                db.Add(step);
            }
            step.Version = await DataMigrationRunner.RunAsync(migration, step.Version);
            await db.SaveChangesAsync();
        }
        // Default grants are applied once, when the module is first seen, so later edits by admins stick.
        if (isNew) await grants.ApplyStereotypesAsync(moduleId);
    }

    internal string OwnerOf(Type type) => state.FindByAssembly(type.Assembly)?.Id ?? HostModuleId;
}
