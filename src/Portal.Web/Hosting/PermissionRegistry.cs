using Portal.Core.Modules;
using Portal.Core.Security;

namespace Portal.Web.Hosting;

/// <summary>The kernel's permissions and every module's, each a policy of the same name.</summary>
public sealed class PermissionRegistry(IEnumerable<IPortalModule> modules)
{
    public IReadOnlyList<Permission> All { get; } = [.. CorePermissions.All, .. modules.SelectMany(m => m.Permissions)];
}
