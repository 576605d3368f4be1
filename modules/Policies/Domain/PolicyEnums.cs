namespace Portal.Modules.Policies.Domain;

/// <summary>The government level that issued a policy.</summary>
public enum PolicyLevel
{
    National = 1,
    Province = 2,
    City = 3,
    District = 4,
}

/// <summary>The seven areas of support of the district's textile programme.</summary>
public enum SupportArea
{
    ScaleUp = 1,
    SmartGreen = 2,
    Brand = 3,
    CreativeDesign = 4,
    MarketingInnovation = 5,
    Cooperation = 6,
    Associations = 7,
}

/// <summary>What kind of support a policy gives.</summary>
public enum SupportType
{
    Grant = 1,
    InterestSubsidy = 2,
    TaxRelief = 3,
    TalentAward = 4,
    Honour = 5,
    Other = 6,
}

/// <summary>Draft → Scheduled → Published → Expired | Withdrawn.</summary>
public enum PolicyState
{
    Draft = 0,
    Scheduled = 1,
    Published = 2,
    Expired = 3,
    Withdrawn = 4,
}

/// <summary>A key project worked as 派单 + 领办: 待领办 → 已领办 → 推进中 → 已完成.</summary>
public enum ProjectState
{
    Open = 0,
    Claimed = 1,
    InProgress = 2,
    Done = 3,
}

/// <summary>What a resource-list item is.</summary>
public enum ResourceKind
{
    Policy = 1,
    Resource = 2,
    Project = 3,
    Service = 4,
}
