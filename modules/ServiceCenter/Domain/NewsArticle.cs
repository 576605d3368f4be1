namespace Portal.Modules.ServiceCenter.Domain;

public enum NewsCategory
{
    PartyBuilding = 1,
    Expo = 2,
    Service = 3,
    PolicyReading = 4,
}

public enum NewsState
{
    Draft = 0,
    Scheduled = 1,
    Published = 2,
}

/// <summary>A news article: draft → scheduled (published by a job at <see cref="PublishAt"/>) → published.</summary>
internal sealed class NewsArticle
{
    public int Id { get; set; }

    public string Slug { get; set; } = "";

    public string Title { get; set; } = "";

    public string Summary { get; set; } = "";

    /// <summary>Markdown.</summary>
    public string Body { get; set; } = "";

    public NewsCategory Category { get; set; }

    public NewsState State { get; set; }

    public DateTime? PublishAt { get; set; }

    public DateTime? PublishedAt { get; set; }

    public string? CoverKey { get; set; }

    public int CoverWidth { get; set; }

    public int CoverHeight { get; set; }

    public string AuthorUserId { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
