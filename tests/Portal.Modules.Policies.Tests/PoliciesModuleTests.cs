using Portal.Core.Security;
using Portal.Modules.Policies.Data;
using Portal.Testing;

namespace Portal.Modules.Policies.Tests;

public sealed class PoliciesModuleTests : ModuleContractTests<PoliciesModule>
{
    protected override string ExpectedName => "Policies";

    protected override string ExpectedTablePrefix => "policy_";

    [Fact]
    public void The_context_constant_matches_the_prefix_the_module_registers() =>
        Assert.Equal(PoliciesDbContext.TablePrefix, ExpectedTablePrefix);

    [Fact]
    public void Staff_manage_the_lists_and_helpers_do_not_by_default()
    {
        var manage = Assert.Single(Module.Permissions, p => p.Name == PoliciesPermissions.Manage);
        Assert.Contains(PortalRoles.Staff, manage.DefaultRoles);
        Assert.DoesNotContain(PortalRoles.Helper, manage.DefaultRoles);
    }

    [Fact]
    public void The_back_office_lives_at_admin_policies() =>
        Assert.Contains(Module.Navigation, n => n.Url == PoliciesModule.AdminUrl && PoliciesModule.AdminUrl == "/admin/policies");
}
