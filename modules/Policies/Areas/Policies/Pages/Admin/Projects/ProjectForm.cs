using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Areas.Policies.Pages.Admin.Projects;

/// <summary>The project editor's fields, bound from the post; the claiming units are one box, separated by 、 or new lines.</summary>
public sealed class ProjectForm
{
    public string? Title { get; set; }

    public int Year { get; set; }

    public string? LeadUnit { get; set; }

    public string? ClaimingUnits { get; set; }

    public string? Description { get; set; }

    internal ProjectInput ToInput() => new()
    {
        Title = Title ?? "", Year = Year, LeadUnit = LeadUnit ?? "", ClaimingUnits = ProjectInput.Units(ClaimingUnits), Description = Description ?? "",
    };

    internal static ProjectForm From(Project p) => new()
    {
        Title = p.Title, Year = p.Year, LeadUnit = p.LeadUnit, ClaimingUnits = string.Join("、", p.ClaimingUnits), Description = p.Description,
    };
}
