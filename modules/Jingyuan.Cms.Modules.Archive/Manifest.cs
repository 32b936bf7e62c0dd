using Jingyuan.Cms.Modules;

[assembly: Module("Archive", "档案",
    Description = "档案包：按年度、单位或任务把已审核的记录与进度报告连同审批记录、佐证材料、审计摘录和校验清单打包归档；归档后的记录只读。",
    Category = "保障措施",
    Version = "1.0.0")]
