using Jingyuan.Cms.Content;
using Jingyuan.Cms.Modules.Employment.Models;
using Jingyuan.Cms.Tests.Modules.Industry;
using Jingyuan.Cms.Tests.TestSupport;
using Work = Jingyuan.Cms.Modules.Employment.Models.EmploymentRecord.Work;

namespace Jingyuan.Cms.Tests.Modules.Employment;

/// <summary>Rules of the chapter's records beyond their declarations; errors name the field.</summary>
public sealed class EmploymentValidationTests
{
    [Fact]
    public async Task A_worker_row_agrees_with_its_employment_form_and_takes_gender_and_birth_year_from_the_id_number()
    {
        await using var site = new CmsWebFactory();
        var worker = await EmploymentTestData.NewWorkerAsync(site, 7, Work.Workshop, month: "2023-06-18");
        worker.Set(nameof(EmploymentRecord.Employer), "");
        Assert.Equal("就业形式为“帮扶车间”时请填写就业单位", (await IndustryTestData.ErrorsAsync(site, worker))[nameof(EmploymentRecord.Employer)].Single());

        worker.Set(nameof(EmploymentRecord.EmploymentForm), Work.None).Set(nameof(EmploymentRecord.Employer), "某公司")
            .Set(nameof(EmploymentRecord.MonthlyIncome), 3000m).Set(nameof(EmploymentRecord.Since), "2023-08-01")
            .Set(nameof(EmploymentRecord.TrainingKind), "以工代训");
        var errors = await IndustryTestData.ErrorsAsync(site, worker);
        Assert.Equal("未就业人员不填写就业单位", errors[nameof(EmploymentRecord.Employer)].Single());
        Assert.Equal("未就业人员不填写月收入", errors[nameof(EmploymentRecord.MonthlyIncome)].Single());
        Assert.Equal("务工起始月份不能晚于台账月份（2023年6月）", errors[nameof(EmploymentRecord.Since)].Single());
        Assert.Equal("本年未参加技能培训时不填写培训类别", errors[nameof(EmploymentRecord.TrainingKind)].Single());
        await Assert.ThrowsAsync<ContentValidationException>(() => IndustryTestData.SaveAsync(site, worker));

        var fixedUp = await EmploymentTestData.NewWorkerAsync(site, 7, Work.Workshop, month: "2023-06-18");
        fixedUp.Set(nameof(EmploymentRecord.Gender), "女").Set(nameof(EmploymentRecord.BirthYear), 1999m);
        var saved = await site.WithContentAsync(async c => (await c.GetLatestAsync((await c.SaveDraftAsync(fixedUp, null)).ContentItemId))!);
        // Born 1980-01-01, odd sequence digit: a man; whatever was typed.
        Assert.Equal("男", saved.GetText(nameof(EmploymentRecord.Gender)));
        Assert.Equal(1980m, saved.GetNumber(nameof(EmploymentRecord.BirthYear)));
        Assert.Equal(new DateOnly(2023, 6, 1), saved.GetDate(nameof(EmploymentRecord.LedgerMonth)));
    }

    [Fact]
    public async Task Classes_fairs_notices_and_posts_refuse_impossible_values_at_the_field()
    {
        await using var site = new CmsWebFactory();
        var training = await EmploymentTestData.NewRecordAsync(site, nameof(TrainingClass), "电焊班",
            (nameof(TrainingClass.Kind), "职业技能培训"), (nameof(TrainingClass.Provider), "县职教中心"),
            (nameof(TrainingClass.StartDate), "2023-05-10"), (nameof(TrainingClass.EndDate), "2023-05-01"),
            (nameof(TrainingClass.Trainees), 20), (nameof(TrainingClass.Certificates), 21));
        var errors = await IndustryTestData.ErrorsAsync(site, training);
        Assert.Equal("结业日期不能早于开班日期（2023-05-10）", errors[nameof(TrainingClass.EndDate)].Single());
        Assert.Equal("取得证书人数（21人）不能超过参训人数（20人）", errors[nameof(TrainingClass.Certificates)].Single());

        var fair = await EmploymentTestData.NewRecordAsync(site, nameof(RecruitmentEvent), "春风行动",
            (nameof(RecruitmentEvent.EventDate), "2023-03-01"), (nameof(RecruitmentEvent.Mode), "线下"), (nameof(RecruitmentEvent.Organiser), "人社局"),
            (nameof(RecruitmentEvent.JobsOffered), 100), (nameof(RecruitmentEvent.PeopleReached), 50), (nameof(RecruitmentEvent.PeopleHired), 60));
        Assert.Contains("不能超过参与群众人次", (await IndustryTestData.ErrorsAsync(site, fair))[nameof(RecruitmentEvent.PeopleHired)].Single());

        var notice = await EmploymentTestData.NewRecordAsync(site, nameof(JobNotice), "招聘",
            (nameof(JobNotice.Kind), "招聘信息"), (nameof(JobNotice.Body), "<p>招聘</p>"), (nameof(JobNotice.ReleasedOn), "2023-04-01"),
            (nameof(JobNotice.ClosesOn), "2023-03-01"), (nameof(JobNotice.Contact), "联系人 13995012345"));
        errors = await IndustryTestData.ErrorsAsync(site, notice);
        Assert.Equal("截止日期不能早于发布日期（2023-04-01）", errors[nameof(JobNotice.ClosesOn)].Single());
        Assert.Equal("公开信息请填写单位办公电话，不公开个人手机号码", errors[nameof(JobNotice.Contact)].Single());
        notice.Set(nameof(JobNotice.ClosesOn), "2023-04-30").Set(nameof(JobNotice.Contact), "0954-5011234");
        Assert.Empty(await IndustryTestData.ErrorsAsync(site, notice));
    }
}
