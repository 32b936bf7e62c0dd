using Jingyuan.Cms.Modules;

[assembly: Module("Search", "全文检索",
    Description = "站内全文检索：已发布的公开内容与年度方案的任务、章节；后台可重建索引。",
    Category = "系统",
    Version = "1.0.0")]
