namespace Portal.Modules.Policies.Domain;

/// <summary>
/// A published version of a policy: number 1 at first publication, then one per published edit with its
/// change note and major/minor flag. <see cref="Snapshot"/> is the JSON of <see cref="PolicySnapshot"/>.
/// </summary>
internal sealed class PolicyVersion
{
    public int Id { get; set; }

    public int PolicyId { get; set; }

    public int Number { get; set; }

    public bool IsMajor { get; set; }

    public string ChangeNote { get; set; } = "";

    public string Title { get; set; } = "";

    public string BodyMarkdown { get; set; } = "";

    public string Snapshot { get; set; } = "{}";

    public string EditedBy { get; set; } = "";

    public DateTime EditedAt { get; set; }
}
