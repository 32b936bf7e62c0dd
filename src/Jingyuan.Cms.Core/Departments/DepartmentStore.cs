using Jingyuan.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Departments;

public sealed class DepartmentStore(CmsDbContext db) : IDepartmentStore
{
    public async Task<IReadOnlyList<Department>> ListAsync() =>
        await db.Set<Department>().AsNoTracking().OrderBy(d => d.Kind).ThenBy(d => d.SortOrder).ThenBy(d => d.Id).ToListAsync();

    public Task<Department?> GetAsync(int id) => db.Set<Department>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == id);

    public async Task<Department?> FindByNameAsync(string name)
    {
        name = name.Trim();
        return await db.Set<Department>().AsNoTracking().FirstOrDefaultAsync(d => d.Name == name)
            ?? (await ListAsync()).FirstOrDefault(d => d.Aliases
                .Split(['，', ',', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Contains(name));
    }
}
