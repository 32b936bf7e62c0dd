using Jingyuan.Cms.Modules;

[assembly: Module("Notices", "公示公告",
    Description = "公示、公告与通知：部门起草，审核后公开发布；公示期内接受异议。",
    Category = "公开",
    Version = "1.0.0")]
