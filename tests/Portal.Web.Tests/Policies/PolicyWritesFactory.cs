using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Policies;

/// <summary>
/// A host of its own for the policy tests that import, publish and add list items: the finder, feed and list tests on
/// the shared host count the demo data exactly, so what these tests add must not show up there.
/// </summary>
public sealed class PolicyWritesFactory : PortalFactory;

[CollectionDefinition(Name)]
public sealed class PolicyWritesCollection : ICollectionFixture<PolicyWritesFactory>
{
    public const string Name = "policy-writes";
}
