namespace Jingyuan.Cms.Progress;

/// <summary>The user may not report on this task (their unit is neither lead nor responsible); answered with 403.</summary>
public sealed class ProgressReportForbiddenException(string message) : Exception(message);
