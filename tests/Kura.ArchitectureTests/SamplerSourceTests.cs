using System.Text.RegularExpressions;

namespace Kura.ArchitectureTests;

/// <summary>
/// Samplers turn exact values into released values; floating point there is the Mironov (2012)
/// attack surface. Their sources must not mention double/float/Math or System.Random.
/// </summary>
public partial class SamplerSourceTests
{
    [Fact]
    public void Samplers_UseNoFloatingPointOrSystemRandom()
    {
        var dir = Path.Combine(RepoRoot(), "src", "Kura.Privacy", "Sampling");
        var files = Directory.GetFiles(dir, "*.cs", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        var offenders = files
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (f, i, line)))
            .Where(x => !x.line.TrimStart().StartsWith("//", StringComparison.Ordinal) && Forbidden().IsMatch(x.line))
            .Select(x => $"{Path.GetFileName(x.f)}:{x.i + 1}: {x.line.Trim()}")
            .ToList();
        Assert.True(offenders.Count == 0, "Floating point or System.Random in samplers:\n" + string.Join("\n", offenders));
    }

    // The compile-time path of this file locates the repository wherever the build output lives.
    internal static string RepoRoot([System.Runtime.CompilerServices.CallerFilePath] string source = "")
    {
        var dir = new FileInfo(source).Directory;
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Kura.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Kura.slnx not found above the test directory.");
    }

    [GeneratedRegex(@"\b(double|float|Math\.|MathF\.|System\.Random|new Random)\b")]
    private static partial Regex Forbidden();
}
