namespace Jingyuan.Cms.Security;

/// <summary>Who is acting now: the signed-in user, or "system" for start-up tasks.</summary>
public interface ICurrentUser
{
    string UserName { get; }
    string? UserId { get; }
    int? DepartmentId { get; }
    string? RemoteAddress { get; }
    Task<bool> HasPermissionAsync(Permission permission);
}
