using ClosedXML.Excel;
using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Assessment;

public sealed partial class AssessmentRounds
{
    public async Task<IReadOnlyList<AssessmentSchemeItem>> GetSchemeAsync(int year) =>
        await db.Set<AssessmentSchemeRecord>().AsNoTracking().Where(s => s.Year == year).OrderBy(s => s.Position)
            .Select(s => new AssessmentSchemeItem(s.IndicatorKey, s.Weight, s.AppliesTo)).ToListAsync();

    public async Task<IReadOnlyList<string>> SaveSchemeAsync(int year, IReadOnlyList<AssessmentSchemeItem> items)
    {
        var known = Indicators().ToDictionary(i => i.Key);
        var errors = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var name = known.TryGetValue(item.IndicatorKey, out var info) ? info.Name : item.IndicatorKey;
            if (info is null) errors.Add(T["第{0}行「指标」：{1} 不是本系统提供的考核指标", i + 1, item.IndicatorKey]);
            if (item.Weight is <= 0 or > 100) errors.Add(T["第{0}行（{1}）「权重」：须大于0且不超过100", i + 1, name]);
            if (!Enum.IsDefined(item.AppliesTo)) errors.Add(T["第{0}行（{1}）「适用对象」：请选择部门、乡镇或两者", i + 1, name]);
            if (!seen.Add(item.IndicatorKey)) errors.Add(T["第{0}行（{1}）「指标」：同一指标只能列一次", i + 1, name]);
        }
        if (items.Count == 0) errors.Add(T["考核方案至少要有一项指标"]);
        if (errors.Count > 0) return errors;

        var set = db.Set<AssessmentSchemeRecord>();
        await db.InTransactionAsync(async () =>
        {
            await set.Where(s => s.Year == year).ExecuteDeleteAsync();
            set.AddRange(items.Select((item, i) => new AssessmentSchemeRecord
            {
                Year = year, Position = i + 1, IndicatorKey = item.IndicatorKey, Weight = item.Weight, AppliesTo = item.AppliesTo,
            }));
            await db.SaveChangesAsync();
            await audit.RecordAsync(new AuditEntry(AuditEvents.AssessmentSchemeSaved,
                $"保存{year}年度考核方案：" + string.Join("；", items.Select(x => $"{known[x.IndicatorKey].Name} {x.Weight:0.##}分"))));
        });
        return [];
    }

    public async Task<byte[]> ExportAsync(int roundId)
    {
        var round = await GetRoundAsync(roundId) ?? throw new AssessmentRefusedException(T["考核轮次不存在"]);
        using var book = new XLWorkbook();
        var ranking = book.AddWorksheet(T["排名"]);
        var keys = round.Units.SelectMany(u => u.Indicators).Select(i => (i.Key, i.Name)).Distinct().ToList();
        string[] head = [T["类别"], T["名次"], T["单位"], T["总分"], .. keys.Select(k => k.Name), T["扣分"]];
        for (var c = 0; c < head.Length; c++) ranking.Cell(1, c + 1).SetValue(head[c]);
        var row = 2;
        foreach (var unit in round.Units)
        {
            ranking.Cell(row, 1).SetValue(Kind(unit.Unit.Kind));
            ranking.Cell(row, 2).SetValue(unit.Rank);
            ranking.Cell(row, 3).SetValue(unit.Unit.Name);
            ranking.Cell(row, 4).SetValue(unit.Total);
            for (var k = 0; k < keys.Count; k++)
                if (unit.Indicators.FirstOrDefault(i => i.Key == keys[k].Key) is { } score) ranking.Cell(row, 5 + k).SetValue(score.Points);
            ranking.Cell(row, 5 + keys.Count).SetValue(unit.Adjustments);
            row++;
        }
        var facts = book.AddWorksheet(T["得分依据"]);
        string[] factHead = [T["单位"], T["指标"], T["权重"], T["完成度"], T["得分"], T["依据"], T["影响"]];
        for (var c = 0; c < factHead.Length; c++) facts.Cell(1, c + 1).SetValue(factHead[c]);
        row = 2;
        foreach (var unit in round.Units)
            foreach (var score in unit.Indicators)
                foreach (var fact in score.Facts.DefaultIfEmpty(new AssessmentFact("", 0m)))
                {
                    facts.Cell(row, 1).SetValue(unit.Unit.Name);
                    facts.Cell(row, 2).SetValue(score.Name);
                    facts.Cell(row, 3).SetValue(score.Weight);
                    facts.Cell(row, 4).SetValue(score.Attainment);
                    facts.Cell(row, 5).SetValue(score.Points);
                    facts.Cell(row, 6).SetValue(fact.Text);
                    facts.Cell(row, 7).SetValue(fact.Effect);
                    row++;
                }
        foreach (var a in round.Adjustments)
        {
            facts.Cell(row, 1).SetValue(a.UnitName);
            facts.Cell(row, 2).SetValue(T["扣分"].Value);
            facts.Cell(row, 5).SetValue(a.Points);
            facts.Cell(row, 6).SetValue($"{a.Reason}（{a.By}）");
            row++;
        }
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        await audit.RecordAsync(new AuditEntry(AuditEvents.AssessmentExported, $"导出{round.Year}年度考核「{round.Label}」（第{round.Id}轮）"));
        return stream.ToArray();
    }

    private string Kind(AssessedUnitKind kind) => kind == AssessedUnitKind.Department ? T["部门"] : T["乡镇"];
}
