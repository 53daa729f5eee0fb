using Kura.Anonymity.Tests.Support;

namespace Kura.Anonymity.Tests.Search;

public class RareMassBoundTests
{
    // The bound prunes nodes before checking them, so it must never exceed what a node really suppresses.
    [Fact]
    public void Compute_EveryNode_AtMostRecordsInClassesSmallerThanK()
    {
        var table = AdultData.Table(stride: 3);
        var spec = new AnonymizationSpec { QuasiIdentifiers = AdultData.QuasiIdentifiers("age", "education", "native-country"), K = 7, SuppressionLimit = 1 };
        var encoded = Kura.Anonymity.Encoding.EncodedTable.Encode(table, spec);
        var lattice = new Kura.Anonymity.Search.Lattice(encoded.Hierarchies.Select(h => h.Levels).ToArray());
        var criteria = new Kura.Anonymity.Privacy.ClassCriteria(spec, encoded);
        var evaluator = new Kura.Anonymity.Search.NodeEvaluator<ulong>(encoded, lattice, criteria, new Kura.Anonymity.Metrics.DiscernibilityModel(table.RowCount));
        var (labels, counts) = evaluator.BottomColumns();

        var bound = Kura.Anonymity.Search.RareMassBound.Compute(encoded.Hierarchies, labels, counts, lattice, 7);

        var brute = BruteForce.All(table, spec);
        Assert.Contains(bound, b => b > 0);
        foreach (var node in brute) Assert.True(bound[lattice.Node(node.Levels)] <= node.Suppressed, $"bound above suppression at [{string.Join(",", node.Levels)}]");
    }
}
