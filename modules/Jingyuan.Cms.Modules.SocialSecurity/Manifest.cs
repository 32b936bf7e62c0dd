using Jingyuan.Cms.Modules;

[assembly: Module("SocialSecurity", "保障体系",
    Description = "六、健全完善保障体系（任务20—22）：养老保险关系转移、灵活就业社保补贴、三重保障、防返贫监测、社会救助、户籍迁转与原籍承包地权益台账，及由台账自动计算的覆盖率。",
    Category = "专栏",
    Version = "1.0.0")]
