namespace Portal.Modules.ServiceCenter.Domain;

/// <summary>How much an enterprise may put in its showcase.</summary>
internal static class ShowcaseLimits
{
    public const int Culture = 10_000;
    public const int ListText = 2_000;
    public const int ListLine = 50;
    public const int ProductName = 100;
    public const int ProductDescription = 2_000;
    public const int Products = 20;
    public const int ImageMegabytes = 5;
    public const long ImageBytes = ImageMegabytes * 1024L * 1024L;
}
