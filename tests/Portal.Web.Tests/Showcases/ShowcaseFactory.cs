using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Files;
using Portal.Testing;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Showcases;

/// <summary>The real host as <see cref="PortalFactory"/> builds it, with uploads in a folder of its own so a test can see every file stored.</summary>
public sealed class ShowcaseFactory : PortalFactory
{
    private readonly TempDirectory uploads = new("portal-uploads");

    public string UploadFolder => uploads.Path;

    public string[] UploadedFiles() => Directory.GetFiles(uploads.Path);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IFileStore>(new LocalFileStore(uploads.Path)));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        uploads.Dispose();
    }
}
