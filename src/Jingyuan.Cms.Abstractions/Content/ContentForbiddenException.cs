namespace Jingyuan.Cms.Content;

/// <summary>
/// The acting user may not make this change: the item belongs to another department, or the action
/// needs a permission they lack. Thrown by the engine itself, whoever calls it; hosts answer 403.
/// </summary>
public sealed class ContentForbiddenException(string message) : Exception(message);
