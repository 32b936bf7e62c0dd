using Jingyuan.Cms.Chapters;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Modules.Employment.Models;
using Jingyuan.Cms.People;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Modules.Employment.Services;

/// <summary>
/// Rules of a worker's ledger row, whoever writes it (form, monthly import): gender and birth year follow
/// the ID number, months are kept as their first day, and the employment form agrees with what is filled in.
/// </summary>
public sealed class EmploymentRecordHandler(IStringLocalizer<EmploymentRecordHandler> T) : RecordHandler<EmploymentRecord>
{
    protected override void Derive(EmploymentRecord worker, ContentItem item)
    {
        worker.Gender = ChineseIdNumber.Gender(worker.PersonIdNumber) ?? worker.Gender;
        worker.BirthYear = ChineseIdNumber.BirthDate(worker.PersonIdNumber)?.Year ?? worker.BirthYear;
        worker.LedgerMonth = FirstOfMonth(worker.LedgerMonth);
        worker.Since = FirstOfMonth(worker.Since);
    }

    protected override void Validate(EmploymentRecord worker, ContentItem item, RecordErrors<EmploymentRecord> errors)
    {
        if (worker.EmploymentForm is { } form && EmploymentRecord.EmployedForms.Contains(form) && string.IsNullOrWhiteSpace(worker.Employer))
            errors.Add(x => x.Employer, T["就业形式为“{0}”时请填写就业单位", form]);
        if (worker.EmploymentForm == EmploymentRecord.Work.None)
        {
            if (!string.IsNullOrWhiteSpace(worker.Employer)) errors.Add(x => x.Employer, T["未就业人员不填写就业单位"]);
            if (worker.MonthlyIncome > 0) errors.Add(x => x.MonthlyIncome, T["未就业人员不填写月收入"]);
        }
        if (worker.Since is { } since && worker.LedgerMonth is { } month && since > month)
            errors.Add(x => x.Since, T["务工起始月份不能晚于台账月份（{0:yyyy年M月}）", month]);
        if (worker.Trained != true && !string.IsNullOrEmpty(worker.TrainingKind))
            errors.Add(x => x.TrainingKind, T["本年未参加技能培训时不填写培训类别"]);
    }

    private static DateOnly? FirstOfMonth(DateOnly? date) => date is { } d ? new DateOnly(d.Year, d.Month, 1) : null;
}
