namespace Portal.Core.Enterprises;

/// <summary>Published when staff verify an enterprise; modules that keep per-enterprise data may listen.</summary>
public sealed record EnterpriseVerified(int EnterpriseId, string? OwnerUserId);
