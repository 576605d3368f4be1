using System.Reflection;
using NetArchTest.Rules;

namespace Portal.Architecture.Tests;

/// <summary>
/// The boundaries of the modular monolith as reusable rules. Each takes the types to check, so a
/// test can apply it to the real assemblies (it must hold) and to a known violator (it must fail).
/// </summary>
internal static class ArchitectureRules
{
    /// <summary>(a) The kernel knows no module and not the host.</summary>
    public static TestResult KernelKnowsNoModuleNorHost(PredicateList types) =>
        types.ShouldNot().HaveDependencyOnAny("Portal.Modules", "Portal.Web").GetResult();

    /// <summary>
    /// (b) A module may use Portal.Core and the <c>Contracts</c> namespace of another module, never
    /// another module's other types (its DbContext, domain, pages, jobs).
    /// </summary>
    public static TestResult ModuleUsesOnlyContractsOfOtherModules(PredicateList moduleTypes, Assembly ownAssembly, IEnumerable<Assembly> moduleAssemblies)
    {
        var forbidden = moduleAssemblies
            .Where(a => a != ownAssembly)
            .SelectMany(a => a.GetTypes())
            .Where(t => !t.IsNested && t.Namespace is { } ns && ns.StartsWith("Portal.Modules.", StringComparison.Ordinal) && !IsContract(ns))
            .Select(t => t.FullName!)
            .ToArray();
        return forbidden.Length == 0
            ? moduleTypes.Should().NotHaveDependencyOn("Portal.Modules.NoOtherModuleExists").GetResult()
            : moduleTypes.ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
    }

    /// <summary>(c) Modules do not reach up into the host or into the migrations assemblies.</summary>
    public static TestResult ModuleDoesNotDependOnTheHost(PredicateList moduleTypes) =>
        moduleTypes.ShouldNot().HaveDependencyOnAny("Portal.Web", "Portal.Migrations").GetResult();

    /// <summary>Every type of an assembly, as a set the rules accept.</summary>
    public static PredicateList AllTypesIn(Assembly assembly) => Types.InAssembly(assembly).That().HaveNameMatching(".*");

    /// <summary>"Portal.Modules.Expo.Contracts" and anything below it.</summary>
    public static bool IsContract(string ns)
    {
        var parts = ns.Split('.');
        return parts.Length >= 4 && parts[3] == "Contracts";
    }

    public static string Describe(TestResult result) =>
        result.IsSuccessful ? "no violations" : "violations: " + string.Join(", ", result.FailingTypeNames ?? []);
}
