using Jingyuan.Cms.Notices;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Jingyuan.Cms.Tests.Modules.Notices;

/// <summary>The kit's 公示 body: numbered, encoded table; the closing paragraph with the period and contact; field errors.</summary>
public sealed class PublicityNoticeComposerTests
{
    private static readonly PublicityNoticeComposer Composer = new(new StringLocalizer<PublicityNoticeComposer>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance)));

    private static PublicityNoticeInput Input() => new()
    {
        PeriodStart = new DateOnly(2023, 12, 1), PeriodEnd = new DateOnly(2023, 12, 7),
        ObjectionPhone = " 0954-5012345 ", ObjectionAddress = "泾源县民政局",
    };

    [Fact]
    public void The_body_numbers_the_rows_encodes_every_text_and_closes_with_the_period_and_contact()
    {
        var notice = new PublicityNotice("标题", "引言 <b>不是标签</b>", ["姓名", "村"],
            [["马*明", "<script>alert(1)</script>"], ["禹*", null]], "民政局");

        var draft = Composer.Compose(notice, Input(), issuingDepartmentId: 7);

        Assert.Equal(NoticeKind.Publicity, draft.Kind);
        Assert.Equal(7, draft.IssuingDepartmentId);
        Assert.Equal("0954-5012345", draft.ObjectionPhone);
        Assert.Equal(new DateOnly(2023, 12, 7), draft.PeriodEnd);
        Assert.StartsWith("<p>引言 &lt;b&gt;不是标签&lt;/b&gt;</p><table><thead><tr><th>序号</th><th>姓名</th><th>村</th></tr></thead>", draft.BodyHtml);
        Assert.Contains("<tr><td>1</td><td>马*明</td><td>&lt;script&gt;alert(1)&lt;/script&gt;</td></tr>", draft.BodyHtml);
        Assert.Contains("<tr><td>2</td><td>禹*</td><td></td></tr>", draft.BodyHtml);
        Assert.DoesNotContain("<script>", draft.BodyHtml);
        Assert.Contains("公示期为2023年12月1日至2023年12月7日。公示期间，如有异议，请以书面或电话形式实名向民政局反映。", draft.BodyHtml);
        Assert.EndsWith("<p>联系电话：0954-5012345；联系地址：泾源县民政局</p>", draft.BodyHtml);
    }

    [Fact]
    public void Missing_or_reversed_periods_and_a_missing_contact_are_named_by_field()
    {
        Assert.Empty(Composer.Validate(Input()));

        var errors = Composer.Validate(new PublicityNoticeInput { PeriodStart = new DateOnly(2023, 12, 7), PeriodEnd = new DateOnly(2023, 12, 1) });
        Assert.Equal("公示截止日期不能早于开始日期", errors[nameof(PublicityNoticeInput.PeriodEnd)]);
        Assert.Equal("请填写异议联系电话或联系地址", errors[nameof(PublicityNoticeInput.ObjectionPhone)]);

        errors = Composer.Validate(new PublicityNoticeInput { ObjectionAddress = "泾源县民政局" });
        Assert.Equal(["PeriodEnd", "PeriodStart"], errors.Keys.Order());
    }
}
