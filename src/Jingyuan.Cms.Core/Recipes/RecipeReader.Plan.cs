using System.Text.Json;
using Jingyuan.Cms.Plan;

namespace Jingyuan.Cms.Recipes;

// The Plan step: numbers unique per year for chapters and tasks, keys unique per year for targets.
internal sealed partial class RecipeReader
{
    private PlanStep ReadPlan(JsonElement step, string path)
    {
        Object(step, path, "name", "year", "title", "issuedBy", "issuedOn", "goals", "safeguards", "chapters");
        var plan = new PlanStep
        {
            Year = Int(step, "year", path, required: true) ?? 0,
            Title = Text(step, "title", path, required: true, PlanRules.TitleMaxLength).Trim(),
            IssuedBy = Text(step, "issuedBy", path, required: false, PlanRules.TitleMaxLength).Trim(),
            IssuedOn = Date(step, "issuedOn", path),
            Goals = Text(step, "goals", path, required: false, int.MaxValue),
        };
        if (plan.Year != 0)
        {
            Check(path + ".year", PlanRules.CheckYear(plan.Year));
        }
        foreach (var (item, at) in Items(step, "safeguards", path, required: false))
        {
            plan.Safeguards.Add(ReadSafeguard(item, at));
        }
        CheckUnique(plan.Safeguards.Select((s, i) => (s.Number, $"{path}.safeguards[{i}].number")), n => $"保障措施编号 {n} 重复");

        var tasks = new List<(int, string)>();
        var keys = new List<(string, string)>();
        foreach (var (item, at) in Items(step, "chapters", path, required: false))
        {
            var chapter = ReadChapter(item, at);
            plan.Chapters.Add(chapter);
            keys.AddRange(chapter.Targets.Select((t, i) => (t.Key, $"{at}.targets[{i}].key")));
            for (var i = 0; i < chapter.Tasks.Count; i++)
            {
                var task = chapter.Tasks[i];
                tasks.Add((task.Number, $"{at}.tasks[{i}].number"));
                keys.AddRange(task.Targets.Select((t, j) => (t.Key, $"{at}.tasks[{i}].targets[{j}].key")));
            }
        }
        CheckUnique(plan.Chapters.Select((c, i) => (c.Number, $"{path}.chapters[{i}].number")), n => $"章节编号 {n} 重复");
        CheckUnique(tasks, n => $"任务编号 {n} 重复（任务编号全年连续，不分章节）");
        CheckUnique(keys, k => $"指标键“{k}”重复（指标键全年唯一）");
        return plan;
    }

    private RecipeSafeguard ReadSafeguard(JsonElement item, string path)
    {
        if (!Object(item, path, "number", "title", "text"))
        {
            return new RecipeSafeguard();
        }
        return new RecipeSafeguard
        {
            Number = Number(item, path),
            Title = Text(item, "title", path, required: true, PlanRules.TitleMaxLength).Trim(),
            Text = Text(item, "text", path, required: false, int.MaxValue),
        };
    }

    private RecipeChapter ReadChapter(JsonElement item, string path)
    {
        if (!Object(item, path, "number", "title", "summary", "moduleId", "targets", "tasks"))
        {
            return new RecipeChapter();
        }
        var moduleId = Text(item, "moduleId", path, required: false, PlanRules.NameMaxLength).Trim();
        var chapter = new RecipeChapter
        {
            Number = Number(item, path),
            Title = Text(item, "title", path, required: true, PlanRules.TitleMaxLength).Trim(),
            Summary = Text(item, "summary", path, required: false, int.MaxValue),
            ModuleId = moduleId.Length == 0 ? null : moduleId,
        };
        foreach (var (target, at) in Items(item, "targets", path, required: false))
        {
            chapter.Targets.Add(ReadTarget(target, at));
        }
        foreach (var (task, at) in Items(item, "tasks", path, required: false))
        {
            chapter.Tasks.Add(ReadTask(task, at));
        }
        return chapter;
    }

    private RecipeTask ReadTask(JsonElement item, string path)
    {
        if (!Object(item, path, "number", "title", "text", "leadUnits", "responsibleUnits", "places", "targets"))
        {
            return new RecipeTask();
        }
        var task = new RecipeTask
        {
            Number = Number(item, path),
            Title = Text(item, "title", path, required: true, PlanRules.TitleMaxLength).Trim(),
            Text = Text(item, "text", path, required: false, int.MaxValue),
            LeadUnits = Units(item, "leadUnits", path),
            ResponsibleUnits = Units(item, "responsibleUnits", path),
            Places = TextList(item, "places", path, PlanRules.NameMaxLength),
        };
        foreach (var (target, at) in Items(item, "targets", path, required: false))
        {
            task.Targets.Add(ReadTarget(target, at));
        }
        return task;
    }

    private List<string> Units(JsonElement item, string name, string path)
    {
        var units = TextList(item, name, path, PlanRules.NameMaxLength);
        for (var i = 0; i < units.Count; i++)
        {
            if (units[i].Length > 0)
            {
                unitReferences.Add(new UnitReference($"{path}.{name}[{i}]", units[i]));
            }
        }
        return units;
    }

    private RecipeTarget ReadTarget(JsonElement item, string path)
    {
        if (!Object(item, path, "key", "description", "unit", "value", "comparison", "source", "implied"))
        {
            return new RecipeTarget();
        }
        var target = new RecipeTarget
        {
            Key = Text(item, "key", path, required: true, PlanRules.KeyMaxLength).Trim(),
            Description = Text(item, "description", path, required: true, PlanRules.DescriptionMaxLength).Trim(),
            Unit = Text(item, "unit", path, required: false, PlanRules.UnitMaxLength).Trim(),
            Value = Decimal(item, "value", path) ?? 0,
            Comparison = Enum<TargetComparison>(item, "comparison", path, fallback: null),
            Source = Enum<TargetSource>(item, "source", path, TargetSource.Reported),
            Implied = Bool(item, "implied", path) ?? false,
        };
        if (target.Key.Length is > 0 and <= PlanRules.KeyMaxLength)
        {
            Check(path + ".key", PlanRules.CheckKey(target.Key));
        }
        Check(path + ".value", PlanRules.CheckTargetValue(target.Value));
        return target;
    }

    /// <summary>A required positive "number" property; 0 when missing or wrong (already reported).</summary>
    private int Number(JsonElement item, string path)
    {
        var number = Int(item, "number", path, required: true);
        if (number is { } n)
        {
            Check(path + ".number", PlanRules.CheckNumber(n));
            return Math.Max(n, 0);
        }
        return 0;
    }
}
