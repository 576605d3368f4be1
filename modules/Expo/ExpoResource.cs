namespace Portal.Modules.Expo;

/// <summary>Marker for the module's strings: <c>Resources/ExpoResource.en.resx</c>, keyed by the Chinese text.</summary>
public sealed class ExpoResource;
