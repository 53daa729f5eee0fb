using System.Reflection;
using NetArchTest.Rules;

namespace Kura.ArchitectureTests;

/// <summary>The component boundaries of ARCHITECTURE.md, enforced: dependencies point inward only.</summary>
public class DependencyRulesTests
{
    private static readonly string[] Adapters = ["Kura.Storage", "DuckDB", "Microsoft.Data.Sqlite", "Npgsql"];
    private static readonly string[] Hosts = ["Kura.Cli", "Kura.Server", "Spectre.Console", "System.CommandLine"];

    public static TheoryData<string, string[]> Rules() => new()
    {
        { "Kura.Core", ["Kura.Privacy", "Kura.Sql", "Kura.Policy", "Kura.Ledger", "Kura.Engine", .. Adapters, .. Hosts] },
        { "Kura.Privacy", ["Kura.Core", "Kura.Sql", "Kura.Engine", "System.IO", "System.Net", .. Adapters, .. Hosts] },
        { "Kura.Sql", ["Kura.Engine", "Kura.Policy", "Kura.Ledger", "System.IO", "System.Net", .. Adapters, .. Hosts] },
        { "Kura.Policy", ["Kura.Engine", "Kura.Privacy", "Kura.Sql", "System.IO.File", "System.Net", .. Adapters, .. Hosts] },
        { "Kura.Ledger", ["Kura.Engine", "Kura.Sql", "Kura.Privacy", "System.IO.File", "System.IO.FileStream", .. Adapters, .. Hosts] },
        { "Kura.Detection", ["Kura.Engine", "System.IO", "System.Net", .. Adapters, .. Hosts] },
        { "Kura.Anonymity", ["Kura.Engine", "Kura.Sql", "System.Net", .. Adapters, .. Hosts] },
        { "Kura.Synthesis", ["Kura.Engine", "Kura.Sql", "System.Net", .. Adapters, .. Hosts] },
        { "Kura.Engine", [.. Adapters, .. Hosts] },
        { "Kura.Storage", [.. Hosts] },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Assembly_DoesNotDependOnOuterLayers(string assembly, string[] forbidden)
    {
        var result = Types.InAssembly(Assembly.Load(assembly)).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
        var offenders = result.FailingTypeNames ?? [];
        Assert.True(result.IsSuccessful, $"{assembly} must not depend on [{string.Join(", ", forbidden)}]; offending types: {string.Join(", ", offenders)}");
    }

    [Fact]
    public void PrivacyCore_HasNoProjectOrPackageReferences()
    {
        var references = Assembly.Load("Kura.Privacy").GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => !n.StartsWith("System", StringComparison.Ordinal) && n != "netstandard" && n != "mscorlib")
            .ToList();
        Assert.Empty(references);
    }
}
