namespace Jingyuan.Cms.Data;

public abstract partial class CmsDbContext
{
    private readonly List<Func<Task>> _afterCommit = [];

    /// <summary>
    /// Runs <paramref name="work"/> once the current transaction has committed (at once when there is
    /// none): derived figures must read committed data, and a rolled-back change must not trigger them.
    /// </summary>
    public Task AfterCommitAsync(Func<Task> work)
    {
        if (Database.CurrentTransaction is null) return work();
        _afterCommit.Add(work);
        return Task.CompletedTask;
    }

    public async Task RunAfterCommitAsync()
    {
        while (_afterCommit.Count > 0)
        {
            var work = _afterCommit[0];
            _afterCommit.RemoveAt(0);
            await work();
        }
    }

    public void DiscardAfterCommit() => _afterCommit.Clear();
}
