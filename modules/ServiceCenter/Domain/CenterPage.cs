namespace Portal.Modules.ServiceCenter.Domain;

/// <summary>A page about the center (介绍, 开放时间, 交通指引 ...), Markdown edited by staff.</summary>
internal sealed class CenterPage
{
    public int Id { get; set; }

    /// <summary>"about", "hours", "visit" ...: the section's stable name.</summary>
    public string Key { get; set; } = "";

    public string Title { get; set; } = "";

    public string Body { get; set; } = "";

    public int SortOrder { get; set; }

    public DateTime UpdatedAt { get; set; }
}
