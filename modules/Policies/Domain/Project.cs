namespace Portal.Modules.Policies.Domain;

/// <summary>A key project of the chain committee's 项目清单, worked as 派单 + 领办.</summary>
internal sealed class Project : IListItem
{
    public int Id { get; set; }

    public string Title { get; set; } = "";

    public int Year { get; set; }

    public string LeadUnit { get; set; } = "";

    public List<string> ClaimingUnits { get; set; } = [];

    public ProjectState State { get; set; }

    /// <summary>Markdown.</summary>
    public string Description { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public List<ProjectProgress> Progress { get; set; } = [];
}

/// <summary>A dated progress note of a project.</summary>
internal sealed class ProjectProgress
{
    public int Id { get; set; }

    public int ProjectId { get; set; }

    public DateOnly Date { get; set; }

    public string Note { get; set; } = "";

    /// <summary>Who wrote it (display name).</summary>
    public string By { get; set; } = "";

    public DateTime CreatedAt { get; set; }
}
