using Jingyuan.Cms.Modules.Employment.Models;
using Jingyuan.Cms.People;
using Jingyuan.Cms.Tests.Modules.Industry;
using Jingyuan.Cms.Tests.Modules.SocialSecurity;
using Jingyuan.Cms.Tests.TestSupport;
using Work = Jingyuan.Cms.Modules.Employment.Models.EmploymentRecord.Work;

namespace Jingyuan.Cms.Tests.Modules.Employment;

/// <summary>The computed targets of chapter 二 follow the published ledgers.</summary>
public sealed class EmploymentTargetTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Transfer_employment_counts_distinct_workers_in_a_transfer_form_of_the_year(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        await IndustryTestData.SeedPlanAsync(site);
        Assert.True((await IndustryTestData.ProgressAsync(site, "11-transfer-employment")).Computed);

        var outside = await EmploymentTestData.PublishAsync(site, await EmploymentTestData.NewWorkerAsync(site, 1, Work.OutsideRegion));
        var workshop = await EmploymentTestData.PublishAsync(site, await EmploymentTestData.NewWorkerAsync(site, 2, Work.Workshop, EmploymentRecord.Migrants.Ecological));
        // Not counted: not in a transfer form, a draft, and a ledger month of another year.
        await EmploymentTestData.PublishAsync(site, await EmploymentTestData.NewWorkerAsync(site, 3, Work.None));
        await EmploymentTestData.PublishAsync(site, await EmploymentTestData.NewWorkerAsync(site, 4, Work.SelfEmployed));
        await IndustryTestData.SaveAsync(site, await EmploymentTestData.NewWorkerAsync(site, 5, Work.InCounty));
        await EmploymentTestData.PublishAsync(site, await EmploymentTestData.NewWorkerAsync(site, 6, Work.InCounty, month: "2022-12-01"));
        // The same person kept by a second record (another unit's, say) is one person.
        await EmploymentTestData.PublishAsync(site, await EmploymentTestData.NewWorkerAsync(site, 1, Work.InRegionOutsideCounty));

        Assert.Equal(2m, await IndustryTestData.AchievedAsync(site, "11-transfer-employment"));
        Assert.Equal(1m, await IndustryTestData.AchievedAsync(site, "11-labour-migrant-employment"));

        await site.WithContentAsync(c => c.UnpublishAsync(workshop.ContentItemId, "数据有误"));
        Assert.Equal(1m, await IndustryTestData.AchievedAsync(site, "11-transfer-employment"));
        // Worker 1 is still counted through the second record.
        await site.WithContentAsync(c => c.UnpublishAsync(outside.ContentItemId, "数据有误"));
        Assert.Equal(1m, await IndustryTestData.AchievedAsync(site, "11-transfer-employment"));
        Assert.Equal(1m, await IndustryTestData.AchievedAsync(site, "11-labour-migrant-employment"));
    }

    [Fact]
    public async Task Training_coverage_is_the_share_of_trained_workers_in_the_ledger()
    {
        await using var site = new CmsWebFactory();
        await IndustryTestData.SeedPlanAsync(site);
        for (var n = 1; n <= 4; n++)
            await EmploymentTestData.PublishAsync(site, await EmploymentTestData.NewWorkerAsync(site, n, Work.InCounty, trained: n <= 3));

        Assert.Equal(75m, await IndustryTestData.AchievedAsync(site, "c2-training-coverage"));
    }

    [Fact]
    public async Task Training_fairs_notices_and_posts_add_up_by_their_dates()
    {
        await using var site = new CmsWebFactory();
        await IndustryTestData.SeedPlanAsync(site);
        await Class(site, "以工代训 2023", 40, "2023-05-20");
        await Class(site, "电焊 2023", 25, "2023-11-30");
        await Class(site, "跨年班", 30, "2024-01-10");
        await Fair(site, "春风行动", 300, "2023-03-01");
        await Fair(site, "闽宁劳务协作", 220, "2023-09-09");
        await Fair(site, "去年", 999, "2022-12-30");
        await EmploymentTestData.PublishAsync(site, await EmploymentTestData.NewRecordAsync(site, nameof(JobNotice), "招聘保洁员",
            (nameof(JobNotice.Kind), "招聘信息"), (nameof(JobNotice.Body), "<p>招聘保洁员 5 名</p>"), (nameof(JobNotice.ReleasedOn), "2023-04-01")));
        await Post(site, 11, PublicWelfarePost.Extended);
        await Post(site, 12, PublicWelfarePost.Extended);
        await Post(site, 13, PublicWelfarePost.NewlyPlaced);

        Assert.Equal(65m, await IndustryTestData.AchievedAsync(site, "12-skills-training"));
        Assert.Equal(2m, await IndustryTestData.AchievedAsync(site, "13-job-fairs"));
        Assert.Equal(520m, await IndustryTestData.AchievedAsync(site, "13-jobs"));
        Assert.Equal(1m, await IndustryTestData.AchievedAsync(site, "13-job-notices"));
        Assert.Equal(2m, await IndustryTestData.AchievedAsync(site, "13-public-posts-extended"));
        Assert.Equal(1m, await IndustryTestData.AchievedAsync(site, "13-public-posts-new"));
    }

    private static async Task Class(CmsWebFactory site, string title, int trainees, string end) =>
        await EmploymentTestData.PublishAsync(site, await EmploymentTestData.NewRecordAsync(site, nameof(TrainingClass), title,
            (nameof(TrainingClass.Kind), "以工代训"), (nameof(TrainingClass.Provider), "县职业技能培训中心"),
            (nameof(TrainingClass.StartDate), end), (nameof(TrainingClass.EndDate), end), (nameof(TrainingClass.Trainees), trainees)));

    private static async Task Fair(CmsWebFactory site, string title, int jobs, string date) =>
        await EmploymentTestData.PublishAsync(site, await EmploymentTestData.NewRecordAsync(site, nameof(RecruitmentEvent), title,
            (nameof(RecruitmentEvent.EventDate), date), (nameof(RecruitmentEvent.Mode), "线下"),
            (nameof(RecruitmentEvent.Organiser), "人社局"), (nameof(RecruitmentEvent.JobsOffered), jobs)));

    private static async Task Post(CmsWebFactory site, int n, string placement) =>
        await EmploymentTestData.PublishAsync(site, await EmploymentTestData.NewRecordAsync(site, nameof(PublicWelfarePost), $"公益岗 {n}",
            (nameof(PersonRecord.PersonName), $"马岗{n}"), (nameof(PersonRecord.PersonIdNumber), SocialSecurityTestData.IdNumber(n)),
            (nameof(PublicWelfarePost.Post), "村级保洁员"), (nameof(PublicWelfarePost.StartDate), "2023-03-01"),
            (nameof(PublicWelfarePost.Placement), placement)));
}
