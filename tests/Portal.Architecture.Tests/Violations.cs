// Deliberate violations, so every rule is seen to fail once. Nothing in the portal uses these types.
using Portal.Modules.Expo;

namespace Portal.Modules.Fake
{
    /// <summary>A "module" type that reaches into another module's internals (not its Contracts).</summary>
    public static class UsesExpoInternals
    {
        public static string AdminUrl() => ExpoModule.AdminUrl + new ExpoModule().Name;
    }

    /// <summary>A "module" type that reaches up into the host.</summary>
    public static class UsesTheHost
    {
        public static int ModuleCount() => Portal.Web.PortalModules.All.Count;
    }
}
