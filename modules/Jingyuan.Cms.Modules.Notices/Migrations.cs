using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Modules.Notices.Models;

namespace Jingyuan.Cms.Modules.Notices;

public sealed class Migrations(IContentDefinitionManager definitions) : IDataMigration
{
    public async Task<int> CreateAsync()
    {
        await definitions.SavePartAsync(new ContentPartDefinition
        {
            Name = NoticeType.Name,
            DisplayName = "公示公告",
            Fields =
            [
                new() { Name = NoticeType.Kind, Label = "类别", Kind = FieldKind.Choice, Required = true, Order = 1,
                        Settings = new FieldSettings { Options = [.. NoticeType.Kinds], Indexed = true } },
                new() { Name = NoticeType.IssuingDepartment, Label = "发布单位", Kind = FieldKind.Department, Required = true, Order = 2,
                        Settings = new FieldSettings { Indexed = true } },
                new() { Name = NoticeType.Body, Label = "正文", Kind = FieldKind.Html, Required = true, Order = 3 },
                new() { Name = NoticeType.Attachments, Label = "附件", Kind = FieldKind.Files, Order = 4,
                        Settings = new FieldSettings
                        {
                            AllowedExtensions = [".pdf", ".doc", ".docx", ".xls", ".xlsx", ".jpg", ".jpeg", ".png"],
                            AllowedKinds = FileKinds.All, MaxFileBytes = 20 * 1024 * 1024, MaxFiles = 10,
                        } },
                new() { Name = NoticeType.PublishDate, Label = "发布日期", Kind = FieldKind.Date, Order = 5,
                        Settings = new FieldSettings { Indexed = true, Hint = "留空则为保存当天" } },
                new() { Name = NoticeType.PeriodStart, Label = "公示开始日期", Kind = FieldKind.Date, Order = 6,
                        Settings = new FieldSettings { Indexed = true, Hint = "类别为“公示”时必填" } },
                new() { Name = NoticeType.PeriodEnd, Label = "公示截止日期", Kind = FieldKind.Date, Order = 7,
                        Settings = new FieldSettings { Indexed = true, Hint = "类别为“公示”时必填，含当天" } },
                // Official contacts of the issuing unit, published with the notice: not personal data.
                new() { Name = NoticeType.ObjectionPhone, Label = "异议联系电话", Kind = FieldKind.Text, Order = 8,
                        Settings = new FieldSettings { MaxLength = 50, Hint = "公示须填写联系电话或地址" } },
                new() { Name = NoticeType.ObjectionAddress, Label = "异议联系地址", Kind = FieldKind.Text, Order = 9,
                        Settings = new FieldSettings { MaxLength = 200 } },
            ],
        });
        await definitions.SaveTypeAsync(new ContentTypeDefinition
        {
            Name = NoticeType.Name,
            DisplayName = "公示公告",
            Description = "公示、公告与通知，审核后在专栏公开。",
            ModuleId = "Notices",
            Parts = [NoticeType.Name],
        });
        return 1;
    }
}
