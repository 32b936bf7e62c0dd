using Jingyuan.Cms.Modules;

[assembly: Module("Supervision", "督查督办",
    Description = "督办事项闭环（立项、交办、签收、办理、反馈、复核、办结）、督查轮次、包抓走访记录、督办通报与考核指标。",
    Category = "保障措施",
    Version = "1.0.0")]
