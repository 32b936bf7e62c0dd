using System.Text.RegularExpressions;
using Jingyuan.Cms.Chapters;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Modules.Employment.Models;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Modules.Employment.Services;

/// <summary>A class ends after it starts and certifies no more than it trained.</summary>
public sealed class TrainingClassHandler(IStringLocalizer<TrainingClassHandler> T) : RecordHandler<TrainingClass>
{
    protected override void Validate(TrainingClass training, ContentItem item, RecordErrors<TrainingClass> errors)
    {
        if (training is { StartDate: { } start, EndDate: { } end } && end < start)
            errors.Add(x => x.EndDate, T["结业日期不能早于开班日期（{0:yyyy-MM-dd}）", start]);
        if (training is { Trainees: { } trainees, Certificates: { } certified } && certified > trainees)
            errors.Add(x => x.Certificates, T["取得证书人数（{0}人）不能超过参训人数（{1}人）", certified, trainees]);
    }
}

/// <summary>A job fair cannot place more people than it reached.</summary>
public sealed class RecruitmentEventHandler(IStringLocalizer<RecruitmentEventHandler> T) : RecordHandler<RecruitmentEvent>
{
    protected override void Validate(RecruitmentEvent fair, ContentItem item, RecordErrors<RecruitmentEvent> errors)
    {
        if (fair is { PeopleReached: { } reached, PeopleHired: { } hired } && hired > reached)
            errors.Add(x => x.PeopleHired, T["达成就业意向人数（{0}人）不能超过参与群众人次（{1}）", hired, reached]);
    }
}

/// <summary>A public notice closes after it is released and gives an office's number, never a personal mobile.</summary>
public sealed partial class JobNoticeHandler(IStringLocalizer<JobNoticeHandler> T) : RecordHandler<JobNotice>
{
    protected override void Validate(JobNotice notice, ContentItem item, RecordErrors<JobNotice> errors)
    {
        if (notice is { ReleasedOn: { } released, ClosesOn: { } closes } && closes < released)
            errors.Add(x => x.ClosesOn, T["截止日期不能早于发布日期（{0:yyyy-MM-dd}）", released]);
        if (notice.Contact is { } contact && MobileNumber().IsMatch(contact))
            errors.Add(x => x.Contact, T["公开信息请填写单位办公电话，不公开个人手机号码"]);
    }

    [GeneratedRegex(@"(?<!\d)1[3-9]\d{9}(?!\d)")]
    private static partial Regex MobileNumber();
}

/// <summary>A post ends after it starts.</summary>
public sealed class PublicWelfarePostHandler(IStringLocalizer<PublicWelfarePostHandler> T) : RecordHandler<PublicWelfarePost>
{
    protected override void Validate(PublicWelfarePost post, ContentItem item, RecordErrors<PublicWelfarePost> errors)
    {
        if (post is { StartDate: { } start, EndDate: { } end } && end < start)
            errors.Add(x => x.EndDate, T["岗位截止日期不能早于上岗（延长）日期（{0:yyyy-MM-dd}）", start]);
    }
}
