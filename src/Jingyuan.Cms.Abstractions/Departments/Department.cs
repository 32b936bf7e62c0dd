namespace Jingyuan.Cms.Departments;

public enum DepartmentKind { Bureau, Township, Other }

/// <summary>A county bureau or a township named in the plan; users belong to one.</summary>
public sealed class Department
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public DepartmentKind Kind { get; set; }
    /// <summary>Other names the plan uses for the same unit (e.g. 医疗保障局 / 医保局).</summary>
    public string Aliases { get; set; } = "";
    public int SortOrder { get; set; }
}

public interface IDepartmentStore
{
    Task<IReadOnlyList<Department>> ListAsync();
    Task<Department?> GetAsync(int id);
    /// <summary>Finds a unit by name or alias.</summary>
    Task<Department?> FindByNameAsync(string name);
}
