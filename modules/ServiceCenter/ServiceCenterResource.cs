namespace Portal.Modules.ServiceCenter;

/// <summary>Marker for the module's strings: <c>Resources/ServiceCenterResource.en.resx</c>, keyed by the Chinese text.</summary>
public sealed class ServiceCenterResource;
