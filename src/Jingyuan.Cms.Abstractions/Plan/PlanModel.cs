namespace Jingyuan.Cms.Plan;

/// <summary>One year's plan (移民致富提升行动 20xx年实施方案).</summary>
public sealed class PlanYear
{
    public int Id { get; set; }
    public int Year { get; set; }
    public string Title { get; set; } = "";
    /// <summary>文号 of the issuing document, e.g. 泾党办发〔2023〕12号.</summary>
    public string DocumentNumber { get; set; } = "";
    public string IssuedBy { get; set; } = "";
    public DateOnly? IssuedOn { get; set; }
    /// <summary>
    /// False while the year is prepared (a copy, a new year): the public site shows published years only.
    /// True by default so recipes and seeds import published plans.
    /// </summary>
    public bool IsPublished { get; set; } = true;
    /// <summary>指导思想 and 目标任务, as published.</summary>
    public string Goals { get; set; } = "";
    public List<Safeguard> Safeguards { get; set; } = [];
    public List<PlanChapter> Chapters { get; set; } = [];
}

/// <summary>保障措施 (一)-(六).</summary>
public sealed class Safeguard
{
    public int Number { get; set; }
    public string Title { get; set; } = "";
    public string Text { get; set; } = "";
}

/// <summary>A chapter of key work (重点工作), e.g. （一）提升产业发展水平.</summary>
public sealed class PlanChapter
{
    public int Id { get; set; }
    public int PlanYearId { get; set; }
    public int Number { get; set; }
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    /// <summary>Module that owns the chapter; null means the generic pages serve it.</summary>
    public string? ModuleId { get; set; }
    public List<PlanTask> Tasks { get; set; } = [];
    /// <summary>Targets stated for the chapter as a whole (e.g. training coverage ≥ 85 %).</summary>
    public List<PlanTarget> Targets { get; set; } = [];
}

public sealed class PlanTask
{
    public int Id { get; set; }
    public int ChapterId { get; set; }
    public int Number { get; set; }
    public string Title { get; set; } = "";
    public string Text { get; set; } = "";
    /// <summary>牵头单位 (department ids).</summary>
    public List<int> LeadUnitIds { get; set; } = [];
    /// <summary>责任单位 (department ids).</summary>
    public List<int> ResponsibleUnitIds { get; set; } = [];
    /// <summary>Villages and sites named in the text.</summary>
    public List<string> Places { get; set; } = [];
    public List<PlanTarget> Targets { get; set; } = [];

    public bool IsUnitInvolved(int departmentId) =>
        LeadUnitIds.Contains(departmentId) || ResponsibleUnitIds.Contains(departmentId);
}

public enum TargetComparison
{
    /// <summary>以上 / 不少于 / 达到.</summary>
    AtLeast,
    Exactly,
    /// <summary>以内 / 不超过.</summary>
    AtMost,
    /// <summary>左右.</summary>
    About,
}

public enum TargetSource
{
    /// <summary>The achieved value comes from approved progress reports.</summary>
    Reported,
    /// <summary>The owning module computes it from its records.</summary>
    Computed,
}

/// <summary>A quantified indicator (指标) of a task or chapter.</summary>
public sealed class PlanTarget
{
    public int Id { get; set; }
    public int? ChapterId { get; set; }
    public int? TaskId { get; set; }
    /// <summary>Stable key within a year, e.g. "2-cows": lets a module compute it and a recipe update it.</summary>
    public string Key { get; set; } = "";
    /// <summary>What is counted (新增肉牛).</summary>
    public string Description { get; set; } = "";
    public string Unit { get; set; } = "";
    public decimal TargetValue { get; set; }
    public TargetComparison Comparison { get; set; }
    public TargetSource Source { get; set; }
    /// <summary>
    /// Set by the county from what the plan's text implies (a milestone, a share), not printed as a figure in
    /// the plan; pages say so next to it.
    /// </summary>
    public bool Implied { get; set; }
    public int SortOrder { get; set; }
    /// <summary>How often a <see cref="TargetSource.Reported"/> target is reported (月报 / 季报).</summary>
    public ReportCadence Cadence { get; set; }
    /// <summary>Day of the month after the period by which the report is due (working days when a calendar is registered).</summary>
    public int DueDay { get; set; } = DefaultDueDay;

    /// <summary>The due day unless the plan says otherwise: the 5th after the period.</summary>
    public const int DefaultDueDay = 5;
}

/// <summary>Reporting cadence of a reported target.</summary>
public enum ReportCadence
{
    /// <summary>月报.</summary>
    Monthly,
    /// <summary>季报.</summary>
    Quarterly,
}

public enum SiteKind { Key, General }

/// <summary>移民安置区 (resettlement site / village).</summary>
public sealed class ResettlementSite
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string Township { get; set; } = "";
    public string Village { get; set; } = "";
    public SiteKind Kind { get; set; }
    public string Notes { get; set; } = "";
    /// <summary>County leaders assigned (包抓), per year.</summary>
    public List<SiteLeader> Leaders { get; set; } = [];
}

/// <summary>The three levels of 包抓 (县乡村三级包抓).</summary>
public enum LeaderLevel
{
    /// <summary>县级.</summary>
    County,
    /// <summary>乡镇级.</summary>
    Township,
    /// <summary>村级.</summary>
    Village,
}

public sealed class SiteLeader
{
    public int Id { get; set; }
    public int SiteId { get; set; }
    public int Year { get; set; }
    public LeaderLevel Level { get; set; }
    public string Name { get; set; } = "";
    public string Position { get; set; } = "";
}
