using System.Reflection;
using NetArchTest.Rules;
using Portal.Core.Modules;
using Portal.Modules.Fake;
using Portal.Web;

namespace Portal.Architecture.Tests;

public sealed class ModuleBoundaryTests
{
    private static readonly Assembly Core = typeof(IPortalModule).Assembly;

    private static readonly Assembly[] ModuleAssemblies = PortalModules.All.Select(m => m.GetType().Assembly).ToArray();

    public static TheoryData<string> ModuleNames => new(PortalModules.All.Select(m => m.Name));

    private static IPortalModule Module(string name) => PortalModules.All.Single(m => m.Name == name);

    [Fact]
    public void The_host_composes_four_modules_each_in_its_own_assembly()
    {
        Assert.Equal(["ServiceCenter", "Expo", "Policies", "RedHelp"], PortalModules.All.Select(m => m.Name));
        Assert.Equal(4, ModuleAssemblies.Distinct().Count());
        Assert.All(PortalModules.All, m => Assert.Equal($"Portal.Modules.{m.Name}", m.GetType().Assembly.GetName().Name));
    }

    [Fact]
    public void The_kernel_knows_no_module_and_not_the_host()
    {
        var types = ArchitectureRules.AllTypesIn(Core);
        Assert.NotEmpty(types.GetTypes());
        var result = ArchitectureRules.KernelKnowsNoModuleNorHost(types);
        Assert.True(result.IsSuccessful, ArchitectureRules.Describe(result));
    }

    [Fact]
    public void The_kernel_rule_fails_on_an_assembly_that_references_modules()
    {
        // The SQLite migrations project builds every module's DbContext, so it must break the kernel's rule.
        var migrations = Assembly.Load("Portal.Migrations.Sqlite");
        var result = ArchitectureRules.KernelKnowsNoModuleNorHost(ArchitectureRules.AllTypesIn(migrations));
        Assert.False(result.IsSuccessful);
        Assert.Contains(result.FailingTypeNames, n => migrations.GetType(n) is not null);
    }

    [Fact]
    public void The_kernel_rule_fails_on_a_type_that_uses_the_host()
    {
        var result = ArchitectureRules.KernelKnowsNoModuleNorHost(Types.InAssembly(typeof(UsesTheHost).Assembly)
            .That().HaveName(nameof(UsesTheHost)));
        Assert.False(result.IsSuccessful);
        Assert.Equal([typeof(UsesTheHost).FullName], result.FailingTypeNames);
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void A_module_uses_only_the_contracts_of_other_modules(string name)
    {
        var assembly = Module(name).GetType().Assembly;
        var types = ArchitectureRules.AllTypesIn(assembly);
        Assert.NotEmpty(types.GetTypes());
        var result = ArchitectureRules.ModuleUsesOnlyContractsOfOtherModules(types, assembly, ModuleAssemblies);
        Assert.True(result.IsSuccessful, ArchitectureRules.Describe(result));
    }

    [Fact]
    public void The_boundary_rule_fails_on_a_module_type_that_uses_another_modules_internals()
    {
        var fake = Types.InAssembly(typeof(UsesExpoInternals).Assembly).That().ResideInNamespace("Portal.Modules.Fake");
        var result = ArchitectureRules.ModuleUsesOnlyContractsOfOtherModules(fake, typeof(UsesExpoInternals).Assembly, ModuleAssemblies);
        Assert.False(result.IsSuccessful);
        Assert.Equal([typeof(UsesExpoInternals).FullName], result.FailingTypeNames);
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void A_module_does_not_depend_on_the_host(string name)
    {
        var result = ArchitectureRules.ModuleDoesNotDependOnTheHost(ArchitectureRules.AllTypesIn(Module(name).GetType().Assembly));
        Assert.True(result.IsSuccessful, ArchitectureRules.Describe(result));
    }

    [Fact]
    public void The_host_rule_fails_on_a_module_type_that_uses_the_host()
    {
        var fake = Types.InAssembly(typeof(UsesTheHost).Assembly).That().ResideInNamespace("Portal.Modules.Fake");
        var result = ArchitectureRules.ModuleDoesNotDependOnTheHost(fake);
        Assert.False(result.IsSuccessful);
        Assert.Equal([typeof(UsesTheHost).FullName], result.FailingTypeNames);
    }

    [Theory]
    [InlineData("Portal.Modules.Expo.Contracts", true)]
    [InlineData("Portal.Modules.Expo.Contracts.Booths", true)]
    [InlineData("Portal.Modules.Expo", false)]
    [InlineData("Portal.Modules.Expo.Data", false)]
    [InlineData("Portal.Modules.ContractsModule.Data", false)]
    public void Only_a_modules_Contracts_namespace_counts_as_public(string ns, bool isContract) =>
        Assert.Equal(isContract, ArchitectureRules.IsContract(ns));
}
