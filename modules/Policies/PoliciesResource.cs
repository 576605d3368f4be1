namespace Portal.Modules.Policies;

/// <summary>Marker for the module's strings: <c>Resources/PoliciesResource.en.resx</c>, keyed by the Chinese text.</summary>
public sealed class PoliciesResource;
