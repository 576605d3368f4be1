using Portal.Core.Security;
using Portal.Modules.RedHelp.Data;
using Portal.Testing;

namespace Portal.Modules.RedHelp.Tests;

public sealed class RedHelpModuleTests : ModuleContractTests<RedHelpModule>
{
    protected override string ExpectedName => "RedHelp";

    protected override string ExpectedTablePrefix => "redhelp_";

    [Fact]
    public void The_context_constant_matches_the_prefix_the_module_registers() =>
        Assert.Equal(RedHelpDbContext.TablePrefix, ExpectedTablePrefix);

    [Fact]
    public void Staff_dispatch_and_helpers_work_their_demands()
    {
        var manage = Assert.Single(Module.Permissions, p => p.Name == RedHelpPermissions.Manage);
        var work = Assert.Single(Module.Permissions, p => p.Name == RedHelpPermissions.Work);
        Assert.Contains(PortalRoles.Staff, manage.DefaultRoles);
        Assert.DoesNotContain(PortalRoles.Helper, manage.DefaultRoles);
        Assert.Contains(PortalRoles.Helper, work.DefaultRoles);
        Assert.DoesNotContain(PortalRoles.Enterprise, work.DefaultRoles);
    }

    [Fact]
    public void The_back_office_lives_at_admin_redhelp() =>
        Assert.Contains(Module.Navigation, n => n.Url == RedHelpModule.AdminUrl && RedHelpModule.AdminUrl == "/admin/redhelp");
}
