using System.Reflection;
using Kura.Privacy;
using Kura.Synthesis.Mechanisms;
using Kura.Synthesis.Tests.Support;

namespace Kura.Synthesis.Tests;

/// <summary>Every privacy-critical type of Kura.Synthesis is marked [Proven] and has its proof note.</summary>
public class ProofNoteTests
{
    private static readonly string[] RequiredSections = ["Preconditions", "Pseudocode", "Guarantee", "Source"];

    [Theory]
    [InlineData(typeof(ExponentialSelection))]
    [InlineData(typeof(MarginalMeasurement))]
    [InlineData(typeof(MstBudget))]
    [InlineData(typeof(AimSchedule))]
    public void PrivacyCriticalType_HasACompleteProofNote(Type type)
    {
        var attribute = type.GetCustomAttribute<ProvenAttribute>();
        Assert.NotNull(attribute);
        Assert.Equal($"docs/proofs/{type.Name}.md", attribute.NotePath);
        var path = Path.Combine(RepositoryRoot.Find(), attribute.NotePath);
        Assert.True(File.Exists(path), $"{type.Name}: proof note {attribute.NotePath} is missing.");
        var text = File.ReadAllText(path);
        Assert.True(text.Length >= 600, $"{type.Name}: proof note is too short to be a proof.");
        foreach (var section in RequiredSections)
            Assert.Contains("## " + section, text, StringComparison.Ordinal);
    }

    [Fact]
    public void ProvenTypes_AreExactlyTheMechanisms()
    {
        var proven = typeof(ExponentialSelection).Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<ProvenAttribute>() is not null)
            .Select(t => t.Name).Order().ToArray();
        Assert.Equal(["AimSchedule", "ExponentialSelection", "MarginalMeasurement", "MstBudget"], proven);
    }

    [Fact]
    public void Mechanisms_UseNoFloatingPoint()
    {
        var dir = Path.Combine(RepositoryRoot.Find(), "src", "Kura.Synthesis", "Mechanisms");
        var offenders = Directory.GetFiles(dir, "*.cs")
            .SelectMany(f => File.ReadLines(f).Select(line => (File: Path.GetFileName(f), Line: line)))
            .Where(x => System.Text.RegularExpressions.Regex.IsMatch(x.Line, @"\b(double|float|Math\.|System\.Random)\b"))
            .Select(x => $"{x.File}: {x.Line.Trim()}")
            .ToList();
        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }
}
