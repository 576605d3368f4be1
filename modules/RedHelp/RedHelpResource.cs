namespace Portal.Modules.RedHelp;

/// <summary>Marker for the module's strings: <c>Resources/RedHelpResource.en.resx</c>, keyed by the Chinese text.</summary>
public sealed class RedHelpResource;
