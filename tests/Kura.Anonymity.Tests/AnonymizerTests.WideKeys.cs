using Kura.Anonymity.Hierarchies;
using Kura.Anonymity.Tests.Support;

namespace Kura.Anonymity.Tests;

public partial class AnonymizerTests
{
    // Six attributes of 4,096 values need 72 key bits: the 128-bit key path must agree with brute force.
    [Fact]
    public void Anonymize_KeysWiderThan64Bits_EqualsBruteForceOptimum()
    {
        var hierarchy = Hierarchy.FromRows(Enumerable.Range(0, 4096).Select(v => (IReadOnlyList<string>)[$"{v}", $"{v / 512}", "*"]));
        var names = Enumerable.Range(0, 6).Select(i => $"q{i}").ToArray();
        var rows = Enumerable.Range(0, 600).Select(r => names.Select((_, i) => $"{(r * (i + 3) * 2654435761L) % 4096}").ToArray()).ToArray();
        var table = Tables.FromRows(names, rows);
        var spec = new AnonymizationSpec { QuasiIdentifiers = names.Select(n => new QuasiIdentifier(n, hierarchy)).ToArray(), K = 3, SuppressionLimit = 0.1 };

        var result = Anonymizer.Anonymize(table, spec);

        var optimum = BruteForce.Optimum(BruteForce.All(table, spec));
        Assert.Equal(optimum.Value, result.MetricValue, 1e-9);
        IndependentChecker.Verify(table, spec, result);
    }
}
