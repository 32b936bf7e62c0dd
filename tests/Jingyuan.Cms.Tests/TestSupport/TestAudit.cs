using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Recipes;
using Jingyuan.Cms.Security;

namespace Jingyuan.Cms.Tests.TestSupport;

/// <summary>The real audit trail over a bare context, for services tested without the web host.</summary>
public static class TestAudit
{
    public static IAuditTrail For(CmsDbContext db) => new AuditTrail(db, new Tester(), TimeProvider.System);

    public static PlanAdminService PlanAdmin(CmsDbContext db) => new(db, For(db));

    public static RecipeImporter Recipes(CmsDbContext db) => new(db, For(db));

    private sealed class Tester : ICurrentUser
    {
        public string UserName => "tester";
        public string? UserId => null;
        public int? DepartmentId => null;
        public string? RemoteAddress => null;
        public Task<bool> HasPermissionAsync(Permission permission) => Task.FromResult(true);
    }
}
