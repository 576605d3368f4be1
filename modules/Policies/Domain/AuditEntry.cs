namespace Portal.Modules.Policies.Domain;

/// <summary>Every staff change to the three lists: who, when, what.</summary>
internal sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    public string UserId { get; set; } = "";

    public string UserName { get; set; } = "";

    /// <summary>"create", "update", "publish", "schedule", "withdraw", "import", "attach" ...</summary>
    public string Action { get; set; } = "";

    /// <summary>"policy", "resource", "project".</summary>
    public string EntityKind { get; set; } = "";

    public int? EntityId { get; set; }

    public string Summary { get; set; } = "";
}
