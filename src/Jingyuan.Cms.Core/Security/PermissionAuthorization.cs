using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Jingyuan.Cms.Security;

public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;

/// <summary>Checks a permission against the user's roles' grants (read fresh, so changes apply at once).</summary>
public sealed class PermissionAuthorizationHandler(IServiceScopeFactory scopes) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated != true) return;
        using var scope = scopes.CreateScope();
        var grants = scope.ServiceProvider.GetRequiredService<PermissionGrants>();
        var roles = context.User.FindAll(ClaimTypes.Role).Select(c => c.Value);
        if (await grants.RolesHaveAsync(roles, requirement.Permission)) context.Succeed(requirement);
    }
}

/// <summary>Turns "Permission:Name" policy names into permission requirements.</summary>
public sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (!policyName.StartsWith(RequirePermissionAttribute.PolicyPrefix, StringComparison.Ordinal))
            return await base.GetPolicyAsync(policyName);
        return new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .AddRequirements(new PermissionRequirement(policyName[RequirePermissionAttribute.PolicyPrefix.Length..]))
            .Build();
    }
}
