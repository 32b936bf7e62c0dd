using System.Security.Claims;

namespace Jingyuan.Cms.Navigation;

/// <summary>A box on the admin dashboard: a title, a few figures or lines, and a link.</summary>
public sealed record DashboardWidget(string Title, IReadOnlyList<(string Label, string Value)> Lines, string? Url = null, int Position = 100);

public interface IDashboardWidgetProvider
{
    Task<IEnumerable<DashboardWidget>> GetWidgetsAsync(ClaimsPrincipal user);
}
