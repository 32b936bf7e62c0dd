using System.Data.Common;
using System.Security.Claims;
using System.Text.Json;
using System.Threading.Channels;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Modules;
using Jingyuan.Cms.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Jingyuan.Cms.Spreadsheets;

/// <summary>The file of a queued import; held in memory only until its job runs.</summary>
public sealed record SpreadsheetImportWork(string JobId, byte[] File, DateOnly? LedgerMonth = null);

/// <summary>
/// This node's queue of long imports. One runs at a time, so two large imports never compete for
/// the write lock; a full queue refuses a new import rather than holding files without bound.
/// </summary>
public sealed class SpreadsheetImportQueue
{
    public const int Capacity = 8;

    private readonly Channel<SpreadsheetImportWork> channel =
        Channel.CreateBounded<SpreadsheetImportWork>(new BoundedChannelOptions(Capacity) { SingleReader = true });

    public bool TryEnqueue(SpreadsheetImportWork work) => channel.Writer.TryWrite(work);

    internal ChannelReader<SpreadsheetImportWork> Reader => channel.Reader;
}

/// <summary>Starting, advancing and reading background import jobs (one row each in SpreadsheetImportJobs).</summary>
public sealed class SpreadsheetImportJobs(CmsDbContext db, SpreadsheetImportQueue queue, IAppDataFolder dataFolder, TimeProvider clock)
{
    public const int MaxStoredErrors = 500;

    public const string InterruptedMessage = "服务器在导入过程中重新启动，导入已中断，没有写入任何数据。请重新上传文件。";

    private DbSet<SpreadsheetImportJobRecord> Jobs => db.Set<SpreadsheetImportJobRecord>();

    /// <summary>Which node runs a job: machine and data folder, stable across restarts of the same node.</summary>
    internal string Node
    {
        get
        {
            var node = $"{Environment.MachineName}|{dataFolder.Root}";
            return node.Length > 300 ? node[^300..] : node;
        }
    }

    /// <summary>Records and queues the job; null when the queue is full (the caller asks to retry later).</summary>
    public async Task<SpreadsheetImportJobRecord?> StartAsync(ResolvedContentType type, string fileName, byte[] file, int? departmentId,
        bool submit, int rows, ClaimsPrincipal user, string? remoteAddress, DateOnly? ledgerMonth = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var job = new SpreadsheetImportJobRecord
        {
            Id = Guid.NewGuid().ToString("n"), ContentType = type.Type.Name,
            FileName = fileName.Length > 260 ? fileName[..260] : fileName,
            UserId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", UserName = user.Identity?.Name ?? "",
            RemoteAddress = remoteAddress, DepartmentId = departmentId, Submit = submit, TotalRows = rows,
            State = SpreadsheetImportState.Queued, Node = Node, CreatedUtc = now, UpdatedUtc = now,
        };
        Jobs.Add(job);
        await db.SaveChangesAsync();
        if (queue.TryEnqueue(new SpreadsheetImportWork(job.Id, file, ledgerMonth))) return job;
        await FinishAsync(job.Id, SpreadsheetImportState.Failed, 0, "导入任务较多，请稍后再试。", []);
        return null;
    }

    public Task<SpreadsheetImportJobRecord?> FindAsync(string id) => Jobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id);

    public Task ProgressAsync(string id, SpreadsheetImportState state, int validatedRows) =>
        Jobs.Where(j => j.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.State, state)
            .SetProperty(j => j.ValidatedRows, validatedRows)
            .SetProperty(j => j.UpdatedUtc, clock.GetUtcNow().UtcDateTime));

    public Task FinishAsync(string id, SpreadsheetImportState state, int imported, string? message, IReadOnlyList<SpreadsheetError> errors)
    {
        var json = errors.Count == 0 ? null : JsonSerializer.Serialize(errors.Take(MaxStoredErrors));
        var text = message is { Length: > 2000 } ? message[..2000] : message;
        return Jobs.Where(j => j.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.State, state)
            .SetProperty(j => j.ImportedRows, imported)
            .SetProperty(j => j.Message, text)
            .SetProperty(j => j.ErrorsJson, json)
            .SetProperty(j => j.ErrorCount, errors.Count)
            .SetProperty(j => j.UpdatedUtc, clock.GetUtcNow().UtcDateTime));
    }

    /// <summary>Jobs this node had queued or running when it stopped: their transaction never committed.</summary>
    public Task<int> FailInterruptedAsync()
    {
        var node = Node;
        return Jobs.Where(j => j.Node == node && j.State != SpreadsheetImportState.Succeeded && j.State != SpreadsheetImportState.Failed)
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.State, SpreadsheetImportState.Failed)
                .SetProperty(j => j.Message, InterruptedMessage)
                .SetProperty(j => j.UpdatedUtc, clock.GetUtcNow().UtcDateTime));
    }

    public static IReadOnlyList<SpreadsheetError> Errors(SpreadsheetImportJobRecord job) =>
        job.ErrorsJson is null ? [] : JsonSerializer.Deserialize<List<SpreadsheetError>>(job.ErrorsJson) ?? [];

    /// <summary>0–100: checking the rows is most of the work; writing is the short last step.</summary>
    public static int Percent(SpreadsheetImportJobRecord job) => job.State switch
    {
        SpreadsheetImportState.Succeeded => 100,
        SpreadsheetImportState.Writing => 95,
        SpreadsheetImportState.Validating when job.TotalRows > 0 => 5 + 85 * Math.Min(job.ValidatedRows, job.TotalRows) / job.TotalRows,
        SpreadsheetImportState.Validating => 5,
        _ => 0,
    };
}

/// <summary>
/// Runs queued imports one after another, each in its own scope acting as the user who uploaded
/// the file (their department, their name in the audit trail).
/// </summary>
public sealed class SpreadsheetImportWorker(SpreadsheetImportQueue queue, IServiceScopeFactory scopes, ILogger<SpreadsheetImportWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            using var scope = scopes.CreateScope();
            var failed = await scope.ServiceProvider.GetRequiredService<SpreadsheetImportJobs>().FailInterruptedAsync();
            if (failed > 0) logger.LogWarning("Marked {Count} interrupted spreadsheet imports as failed.", failed);
        }
        catch (Exception e) when (e is DbException or DbUpdateException or InvalidOperationException)
        {
            logger.LogWarning(e, "Could not mark interrupted spreadsheet imports as failed.");
        }
        await foreach (var work in queue.Reader.ReadAllAsync(stoppingToken)) await RunAsync(work, stoppingToken);
    }

    private async Task RunAsync(SpreadsheetImportWork work, CancellationToken stoppingToken)
    {
        using var scope = scopes.CreateScope();
        var services = scope.ServiceProvider;
        var jobs = services.GetRequiredService<SpreadsheetImportJobs>();
        try
        {
            if (await jobs.FindAsync(work.JobId) is not { State: SpreadsheetImportState.Queued } job) return;
            var users = services.GetRequiredService<UserManager<CmsUser>>();
            if (await users.FindByIdAsync(job.UserId) is not { } user || await users.IsLockedOutAsync(user))
            {
                await jobs.FinishAsync(job.Id, SpreadsheetImportState.Failed, 0, "导入用户不存在或已被锁定，导入未执行。", []);
                return;
            }
            var principal = await services.GetRequiredService<IUserClaimsPrincipalFactory<CmsUser>>().CreateAsync(user);
            services.GetRequiredService<ActingUser>().Set(principal, job.RemoteAddress);
            if (await services.GetRequiredService<IContentDefinitionManager>().GetTypeAsync(job.ContentType) is not { } type)
            {
                await jobs.FinishAsync(job.Id, SpreadsheetImportState.Failed, 0, "内容类型不存在或所属模块已停用，导入未执行。", []);
                return;
            }
            await jobs.ProgressAsync(job.Id, SpreadsheetImportState.Validating, 0);
            var result = await services.GetRequiredService<ContentSpreadsheetImporter>()
                .ImportAsync(type, work.File, job.DepartmentId, job.Submit, work.LedgerMonth, new JobProgress(jobs, job.Id), stoppingToken);
            await jobs.FinishAsync(job.Id, result.Succeeded ? SpreadsheetImportState.Succeeded : SpreadsheetImportState.Failed,
                result.Imported, result.Succeeded ? null : $"文件未导入，共 {result.Errors.Count} 处错误。", result.Errors);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: the restart marks the job interrupted.
        }
        catch (Exception e)
        {
            logger.LogError(e, "Spreadsheet import {JobId} failed.", work.JobId);
            var message = DatabaseBusy.Is(e) ? "数据库繁忙，导入未完成，没有写入任何数据。请稍后重新上传。" : "导入出错，没有写入任何数据。请稍后重试或联系管理员。";
            try { await jobs.FinishAsync(work.JobId, SpreadsheetImportState.Failed, 0, message, []); }
            catch (Exception inner) when (inner is DbException or DbUpdateException or InvalidOperationException)
            {
                logger.LogError(inner, "Could not record the failure of spreadsheet import {JobId}.", work.JobId);
            }
        }
    }

    private sealed class JobProgress(SpreadsheetImportJobs jobs, string id) : ISpreadsheetImportProgress
    {
        private int validated;

        public Task ValidatedAsync(int rows, int total) => jobs.ProgressAsync(id, SpreadsheetImportState.Validating, validated = rows);
        public Task WritingAsync() => jobs.ProgressAsync(id, SpreadsheetImportState.Writing, validated);
    }
}
