namespace Portal.Core;

/// <summary>Marker for the host's and the kernel's strings: <c>Resources/SharedResource.en.resx</c>, keyed by the Chinese text.</summary>
public sealed class SharedResource;
