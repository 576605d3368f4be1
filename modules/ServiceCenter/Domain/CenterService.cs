namespace Portal.Modules.ServiceCenter.Domain;

public enum ServiceCategory
{
    CreativeDesign = 1,
    FashionShow = 2,
    Testing = 3,
    Training = 4,
    Exhibition = 5,
    Other = 9,
}

/// <summary>An entry of the center's service catalogue that a verified enterprise may book.</summary>
internal sealed class CenterService
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public string Slug { get; set; } = "";

    public ServiceCategory Category { get; set; }

    public string Summary { get; set; } = "";

    /// <summary>Markdown.</summary>
    public string Description { get; set; } = "";

    /// <summary>Who delivers it: the center, a partner, a testing institute.</summary>
    public string Provider { get; set; } = "";

    public bool IsActive { get; set; } = true;

    public int SortOrder { get; set; }
}
