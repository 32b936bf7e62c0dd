namespace Jingyuan.Cms.Plan;

/// <summary>Public URLs of plan pages, so modules and search link to them without knowing the portal.</summary>
public static class PlanUrls
{
    public static string Year(int year) => $"/plan/{year}";
    public static string Chapter(int year, int chapterNumber) => $"/plan/{year}/chapters/{chapterNumber}";
    public static string Task(int year, int taskNumber) => $"/plan/{year}/tasks/{taskNumber}";
    public static string Sites(int year) => $"/plan/{year}/sites";
    public static string Department(int year, int departmentId) => $"/plan/{year}/departments/{departmentId}";

    /// <summary>Indexing-task key that says "the plan of this year changed" (tasks are not content items).</summary>
    public static string IndexKey(int year) => $"plan:{year}";
}
