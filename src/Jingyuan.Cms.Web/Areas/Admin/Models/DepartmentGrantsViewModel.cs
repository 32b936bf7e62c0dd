using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Security;

namespace Jingyuan.Cms.Web.Areas.Admin.Models;

public sealed record DepartmentGrantsViewModel(IReadOnlyList<Department> Departments, Department? Selected, IReadOnlyList<DepartmentGrantRow> Rows);

public sealed record DepartmentGrantRow(string Chapter, string TypeName, IReadOnlyList<DepartmentGrantCell> Cells);

/// <summary>One checkbox: its form value, whether granted now, and whether the plan grants it by default.</summary>
public sealed record DepartmentGrantCell(string Value, RecordTypeAction Action, bool Granted, bool ByDefault);
