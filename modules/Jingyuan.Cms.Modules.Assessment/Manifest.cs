using Jingyuan.Cms.Modules;

[assembly: Module("Assessment", "考核",
    Description = "年度考核：管理员设置指标与权重；按各模块提供的指标（目标完成、按时填报、督办按期办结、包抓走访、数据质量）计算部门和乡镇得分与排名，可查看每一分的依据，扣分须写明理由；审核员确认后冻结，不可再改；导出 Excel。",
    Category = "保障措施",
    Version = "1.0.0")]
