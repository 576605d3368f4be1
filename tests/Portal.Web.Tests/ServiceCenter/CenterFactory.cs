using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Files;
using Portal.Testing;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.ServiceCenter;

/// <summary>The portal host for tests that write news and appointments: its own database, and uploads in a temporary directory the tests can count.</summary>
public sealed class CenterFactory : PortalFactory
{
    private readonly TempDirectory uploads = new("center-uploads");

    public const string PublicUrl = "https://portal.example.cn";

    public string UploadsDirectory => uploads.Path;

    public int StoredFileCount() => Directory.GetFiles(uploads.Path).Length;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Portal:PublicUrl", PublicUrl);
        builder.ConfigureTestServices(services => services.AddSingleton<IFileStore>(new LocalFileStore(uploads.Path)));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        uploads.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class CenterCollection : ICollectionFixture<CenterFactory>
{
    public const string Name = "center";
}
