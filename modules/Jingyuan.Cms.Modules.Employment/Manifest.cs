using Jingyuan.Cms.Modules;

[assembly: Module("Employment", "就业帮扶",
    Description = "二、精准落实就业帮扶（任务11—13）：就业信息台账（按月更新）、技能培训、招聘活动、就业创业信息、公益性岗位和就业补贴发放，及由台账自动计算的转移就业、培训和岗位目标。",
    Category = "专栏",
    Version = "1.0.0")]
