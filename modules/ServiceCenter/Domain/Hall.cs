namespace Portal.Modules.ServiceCenter.Domain;

/// <summary>A hall of the center (国家面料馆, 产品展示厅, 党群活动室 ...).</summary>
internal sealed class Hall
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public string Slug { get; set; } = "";

    public string Summary { get; set; } = "";

    /// <summary>Markdown.</summary>
    public string Description { get; set; } = "";

    public string Floor { get; set; } = "";

    public int AreaSquareMetres { get; set; }

    public string? PhotoKey { get; set; }

    public int PhotoWidth { get; set; }

    public int PhotoHeight { get; set; }

    public int SortOrder { get; set; }
}
