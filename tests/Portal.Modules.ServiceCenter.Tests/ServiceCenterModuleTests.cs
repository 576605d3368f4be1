using Portal.Core.Security;
using Portal.Modules.ServiceCenter.Data;
using Portal.Testing;

namespace Portal.Modules.ServiceCenter.Tests;

public sealed class ServiceCenterModuleTests : ModuleContractTests<ServiceCenterModule>
{
    protected override string ExpectedName => "ServiceCenter";

    protected override string ExpectedTablePrefix => "center_";

    [Fact]
    public void The_context_constant_matches_the_prefix_the_module_registers() =>
        Assert.Equal(ServiceCenterDbContext.TablePrefix, ExpectedTablePrefix);

    [Fact]
    public void Staff_manage_the_showcase_by_default()
    {
        var manage = Assert.Single(Module.Permissions, p => p.Name == ServiceCenterPermissions.Manage);
        Assert.Contains(PortalRoles.Staff, manage.DefaultRoles);
        Assert.DoesNotContain(PortalRoles.Enterprise, manage.DefaultRoles);
    }

    [Fact]
    public void The_back_office_lives_at_admin_showcase() =>
        Assert.Contains(Module.Navigation, n => n.Url == ServiceCenterModule.AdminUrl && ServiceCenterModule.AdminUrl == "/admin/showcase");
}
