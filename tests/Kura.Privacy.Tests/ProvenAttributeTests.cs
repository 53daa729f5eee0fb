using System.Reflection;
using System.Runtime.CompilerServices;
using Kura.Privacy.Sampling;

namespace Kura.Privacy.Tests;

public class ProvenAttributeTests
{
    private static readonly string[] RequiredSections = ["Preconditions", "Pseudocode", "Guarantee", "Source"];

    [Fact]
    public void EveryProvenType_HasANonTrivialProofNote()
    {
        var root = RepositoryRoot();
        var proven = typeof(ProvenAttribute).Assembly.GetTypes()
            .Select(t => (Type: t, Attribute: t.GetCustomAttribute<ProvenAttribute>()))
            .Where(x => x.Attribute is not null)
            .ToList();
        Assert.NotEmpty(proven);
        foreach (var (type, attribute) in proven)
        {
            var path = Path.Combine(root, attribute!.NotePath.Replace('/', Path.DirectorySeparatorChar));
            Assert.True(File.Exists(path), $"{type.Name}: proof note {attribute.NotePath} is missing.");
            var text = File.ReadAllText(path);
            Assert.True(text.Length >= 600, $"{type.Name}: proof note is too short to be a proof.");
            foreach (var section in RequiredSections)
                Assert.True(text.Contains("## " + section, StringComparison.Ordinal), $"{type.Name}: proof note lacks a '## {section}' section.");
        }
    }

    [Theory]
    [InlineData("DiscreteGaussianSampler")]
    [InlineData("DiscreteLaplaceSampler")]
    [InlineData("BernoulliExpSampler")]
    [InlineData("GaussianMechanism")]
    [InlineData("LaplaceMechanism")]
    [InlineData("PartitionSelection")]
    [InlineData("ZcdpConversion")]
    [InlineData("BudgetAccountant")]
    [InlineData("HistogramQuantile")]
    public void PrivacyCriticalType_IsMarkedProven(string name)
    {
        var type = typeof(ProvenAttribute).Assembly.GetTypes().Single(t => t.Name == name);
        Assert.Equal($"docs/proofs/{name}.md", type.GetCustomAttribute<ProvenAttribute>()?.NotePath);
    }

    [Fact]
    public void PrivacyAssembly_ReferencesOnlyTheBaseLibrary()
    {
        var references = typeof(CryptoRandomBits).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.All(references, name => Assert.True(name.StartsWith("System.", StringComparison.Ordinal) || name == "netstandard",
            $"Kura.Privacy must not reference {name}."));
    }

    // Walks up to Kura.slnx from the test binaries, or from this source file when artifacts live outside the tree.
    private static string RepositoryRoot([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile) ?? "" })
        {
            for (var dir = string.IsNullOrEmpty(start) ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Kura.slnx")))
                    return dir.FullName;
            }
        }
        throw new InvalidOperationException("Kura.slnx not found above the test binaries or the test sources.");
    }
}
