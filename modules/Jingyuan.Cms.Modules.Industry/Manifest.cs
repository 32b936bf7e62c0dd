using Jingyuan.Cms.Modules;

[assembly: Module("Industry", "产业发展",
    Description = "一、提升产业发展水平（任务1—10）：产业项目、农家乐民宿与手工编织、消费帮扶采购台账，及由台账自动计算的指标完成情况。",
    Category = "专栏",
    Version = "1.0.0")]
