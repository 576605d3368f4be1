namespace Portal.Web.Tests.Infrastructure;

/// <summary>
/// One host over SQLite shared by the tests that only read; hosts run one at a time because
/// Hangfire keeps its storage in a process-wide static.
/// </summary>
[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<PortalFactory>
{
    public const string Name = "web";
}
