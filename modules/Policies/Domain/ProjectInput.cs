using Portal.Core;

namespace Portal.Modules.Policies.Domain;

/// <summary>The editable fields of a key project, as the form and the Excel import give them.</summary>
internal sealed record ProjectInput : IListItemInput<Project>
{
    public const int MaxDescription = 20_000;

    public string Title { get; init; } = "";

    public int Year { get; init; }

    public string LeadUnit { get; init; } = "";

    public IReadOnlyList<string> ClaimingUnits { get; init; } = [];

    public string Description { get; init; } = "";

    /// <summary>Only read when a project is made (the import); afterwards the state moves by <see cref="ProjectStates"/>.</summary>
    public ProjectState State { get; init; } = ProjectState.Open;

    public static ProjectInput From(Project p) => new()
    {
        Title = p.Title, Year = p.Year, LeadUnit = p.LeadUnit, ClaimingUnits = [.. p.ClaimingUnits], Description = p.Description, State = p.State,
    };

    /// <summary>Units written in one box: separated by 、 , ， ; ； or new lines.</summary>
    public static IReadOnlyList<string> Units(string? text) =>
        (text ?? "").Split(['、', ',', '，', ';', '；', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();

    /// <summary>A new project with these fields, in <see cref="State"/>.</summary>
    public Project Create(DateTime now)
    {
        var project = new Project { State = State, CreatedAt = now, UpdatedAt = now };
        ApplyTo(project);
        return project;
    }

    public void ApplyTo(Project p)
    {
        p.Title = Title.Trim();
        p.Year = Year;
        p.LeadUnit = LeadUnit.Trim();
        p.ClaimingUnits = [.. ClaimingUnits.Select(u => u.Trim()).Where(u => u.Length > 0).Distinct()];
        p.Description = Description.Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    public Refusal? Check()
    {
        if (string.IsNullOrWhiteSpace(Title) || Title.Trim().Length > 200)
        {
            return new Refusal(nameof(Title), "请填写标题（200 字以内）。");
        }

        if (Year is < 2000 or > 2100)
        {
            return new Refusal(nameof(Year), "年度应在 2000 至 2100 之间。");
        }

        if (string.IsNullOrWhiteSpace(LeadUnit) || LeadUnit.Trim().Length > 100)
        {
            return new Refusal(nameof(LeadUnit), "请填写牵头单位（100 字以内）。");
        }

        if (ClaimingUnits.Count > 20 || ClaimingUnits.Any(u => u.Trim().Length > 100))
        {
            return new Refusal(nameof(ClaimingUnits), "领办单位最多 20 个，每个不超过 100 字。");
        }

        if (!Enum.IsDefined(State))
        {
            return Refusal.Form("请从列表中选择项目状态。");
        }

        return Description.Length > MaxDescription ? new Refusal(nameof(Description), "说明不超过 20000 字。") : null;
    }
}

/// <summary>
/// How a project moves (派单 + 领办): 待领办 → 已领办 (a unit claims it) → 推进中 → 已完成, one step at a time and only
/// forwards. Every other move is refused with a message that names both states.
/// </summary>
internal static class ProjectStates
{
    public static readonly IReadOnlyDictionary<(ProjectState From, ProjectState To), string> Allowed = new Dictionary<(ProjectState, ProjectState), string>
    {
        [(ProjectState.Open, ProjectState.Claimed)] = "领办",
        [(ProjectState.Claimed, ProjectState.InProgress)] = "开始推进",
        [(ProjectState.InProgress, ProjectState.Done)] = "完成",
    };

    /// <summary>The next step from <paramref name="state"/> with the button's text, if any.</summary>
    public static (ProjectState To, string Action)? Next(ProjectState state) =>
        Allowed.Where(a => a.Key.From == state).Select(a => ((ProjectState, string)?)(a.Key.To, a.Value)).FirstOrDefault();

    /// <summary>The Bootstrap badge of a state.</summary>
    public static string Badge(ProjectState state) => state switch
    {
        ProjectState.Open => "text-bg-warning",
        ProjectState.Claimed => "text-bg-info",
        ProjectState.InProgress => "text-bg-primary",
        _ => "text-bg-success",
    };

    public static Refusal? Check(Project project, ProjectState to)
    {
        if (!Enum.IsDefined(to) || !Allowed.ContainsKey((project.State, to)))
        {
            return Refusal.Form("项目当前为“{0}”，不能变为“{1}”。", project.State.ChineseName(), Enum.IsDefined(to) ? to.ChineseName() : to.ToString());
        }

        return to == ProjectState.Claimed && project.ClaimingUnits.Count == 0
            ? new Refusal("ClaimingUnits", "请先填写领办单位并保存，再标记为已领办。")
            : null;
    }
}
