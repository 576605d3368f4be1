using Portal.Core.Security;
using Portal.Modules.Expo.Data;
using Portal.Testing;

namespace Portal.Modules.Expo.Tests;

public sealed class ExpoModuleTests : ModuleContractTests<ExpoModule>
{
    protected override string ExpectedName => "Expo";

    protected override string ExpectedTablePrefix => "expo_";

    [Fact]
    public void The_context_constant_matches_the_prefix_the_module_registers() =>
        Assert.Equal(ExpoDbContext.TablePrefix, ExpectedTablePrefix);

    [Fact]
    public void Staff_approve_booths_and_enterprises_do_not_by_default()
    {
        var manage = Assert.Single(Module.Permissions, p => p.Name == ExpoPermissions.Manage);
        Assert.Contains(PortalRoles.Staff, manage.DefaultRoles);
        Assert.DoesNotContain(PortalRoles.Enterprise, manage.DefaultRoles);
    }

    [Fact]
    public void The_back_office_lives_at_admin_expo() =>
        Assert.Contains(Module.Navigation, n => n.Url == ExpoModule.AdminUrl && ExpoModule.AdminUrl == "/admin/expo");
}
