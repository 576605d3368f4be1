namespace Portal.Modules.RedHelp.Domain;

public enum UnitKind
{
    /// <summary>区级职能部门.</summary>
    DistrictDepartment = 1,

    /// <summary>镇街园区.</summary>
    TownOrPark = 2,

    /// <summary>行业协会.</summary>
    IndustryAssociation = 3,

    /// <summary>专业服务机构 (banks, law firms, testing institutes ...).</summary>
    ServiceProvider = 4,
}

/// <summary>A unit helpers come from and demands are dispatched to.</summary>
internal sealed class Unit
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public UnitKind Kind { get; set; }

    /// <summary>For a town or park: Core's town id, so routing can follow where an enterprise sits.</summary>
    public int? TownId { get; set; }

    public int SortOrder { get; set; }
}

/// <summary>A helper (帮办员): a user with the Helper role, their unit, title and office phone.</summary>
internal sealed class HelperProfile
{
    public string UserId { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public int UnitId { get; set; }

    public Unit? Unit { get; set; }

    public string Title { get; set; } = "";

    public string OfficePhone { get; set; } = "";

    public bool IsActive { get; set; } = true;
}

/// <summary>A helper assigned to an enterprise as its lead helper. History is kept: a new assignment ends the old one.</summary>
internal sealed class Assignment
{
    public int Id { get; set; }

    public int EnterpriseId { get; set; }

    public string HelperUserId { get; set; } = "";

    public DateTime AssignedAt { get; set; }

    public string AssignedByUserId { get; set; } = "";

    /// <summary>Null while current. At most one current assignment per enterprise (a filtered unique index).</summary>
    public DateTime? EndedAt { get; set; }
}

public enum VisitKind
{
    /// <summary>带着政策走访.</summary>
    WithPolicies = 1,

    /// <summary>直面问题接访.</summary>
    ReceiveProblems = 2,

    /// <summary>持续跟踪回访.</summary>
    FollowUp = 3,
}

internal sealed class Visit
{
    public int Id { get; set; }

    public string HelperUserId { get; set; } = "";

    public int EnterpriseId { get; set; }

    public DateOnly VisitedOn { get; set; }

    public VisitKind Kind { get; set; }

    public string Notes { get; set; } = "";

    public DateTime CreatedAt { get; set; }
}
