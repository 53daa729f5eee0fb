using Kura.Anonymity.Encoding;
using Kura.Anonymity.Search;

namespace Kura.Anonymity.Metrics;

/// <summary>The three quality models of one encoded table: one drives the search, all three score the result.</summary>
internal sealed class QualityModels(EncodedTable table)
{
    private readonly LossModel loss = new(table);
    private readonly EntropyModel entropy = new(table);
    private readonly DiscernibilityModel discernibility = new(table.Rows);

    public IQualityModel For(QualityMetric metric) => metric switch
    {
        QualityMetric.Loss => loss,
        QualityMetric.Discernibility => discernibility,
        QualityMetric.NonUniformEntropy => entropy,
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "Unknown quality metric."),
    };

    public QualityScores Score(NodePartition partition)
    {
        var m = partition.Levels.Length;
        var digits = new List<int>();
        var sizes = new List<int>();
        double squaresReleased = 0, squaresAll = 0;
        var suppressed = 0;
        for (var c = 0; c < partition.ClassSizes.Length; c++)
        {
            double size = partition.ClassSizes[c];
            squaresAll += size * size;
            if (partition.Released[c])
            {
                squaresReleased += size * size;
                continue;
            }
            suppressed += partition.ClassSizes[c];
            sizes.Add(partition.ClassSizes[c]);
            digits.AddRange(partition.ClassLabels.AsSpan(c * m, m));
        }
        var classes = new NodeClasses(partition.Levels, digits.ToArray(), sizes.ToArray(), suppressed, squaresReleased, squaresAll);
        return new QualityScores(loss.Value(classes, out _), discernibility.Value(classes, out _), entropy.Value(classes, out _));
    }
}
