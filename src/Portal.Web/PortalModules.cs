using Portal.Core.Modules;
using Portal.Modules.Expo;
using Portal.Modules.Policies;
using Portal.Modules.RedHelp;
using Portal.Modules.ServiceCenter;

namespace Portal.Web;

/// <summary>The explicit list of modules the host composes, in menu order. No assembly scanning.</summary>
public static class PortalModules
{
    public static IReadOnlyList<IPortalModule> All { get; } =
    [
        new ServiceCenterModule(),
        new ExpoModule(),
        new PoliciesModule(),
        new RedHelpModule(),
    ];
}
