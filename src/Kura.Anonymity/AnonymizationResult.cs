namespace Kura.Anonymity;

/// <summary>The outcome of <see cref="Anonymizer.Anonymize"/>: the chosen transformation, its quality, its risk and the rows.</summary>
public sealed class AnonymizationResult
{
    internal AnonymizationResult(AnonymizationSpec spec, int[] levels, int records, int suppressed, int classes,
                                 double metricValue, QualityScores scores, RiskReport risk, int latticeSize,
                                 int evaluations, AnonymizedTable table)
    {
        Levels = levels;
        QuasiIdentifierColumns = spec.QuasiIdentifiers.Select(q => q.Column).ToArray();
        Metric = spec.Metric;
        Records = records;
        SuppressedRecords = suppressed;
        EquivalenceClasses = classes;
        MetricValue = metricValue;
        Scores = scores;
        Risk = risk;
        LatticeSize = latticeSize;
        NodesEvaluated = evaluations;
        Table = table;
    }

    /// <summary>Generalisation level chosen for each quasi-identifier, in <see cref="QuasiIdentifierColumns"/> order (0 = original).</summary>
    public IReadOnlyList<int> Levels { get; }

    /// <summary>The quasi-identifier columns, in the order of <see cref="Levels"/>.</summary>
    public IReadOnlyList<string> QuasiIdentifierColumns { get; }

    /// <summary>The metric that was minimised.</summary>
    public QualityMetric Metric { get; }

    /// <summary>Records in the input.</summary>
    public int Records { get; }

    /// <summary>Records left out because their class failed a privacy model (within the suppression limit).</summary>
    public int SuppressedRecords { get; }

    /// <summary>Records released: <see cref="Records"/> − <see cref="SuppressedRecords"/>.</summary>
    public int ReleasedRecords => Records - SuppressedRecords;

    /// <summary>Equivalence classes among released records.</summary>
    public int EquivalenceClasses { get; }

    /// <summary>Value of <see cref="Metric"/> for the chosen transformation (the minimum over the lattice).</summary>
    public double MetricValue { get; }

    /// <summary>All three quality metrics of the chosen transformation.</summary>
    public QualityScores Scores { get; }

    /// <summary>Re-identification risk of the released rows.</summary>
    public RiskReport Risk { get; }

    /// <summary>Number of transformations in the lattice.</summary>
    public int LatticeSize { get; }

    /// <summary>Transformations whose equivalence classes were computed during the search.</summary>
    public int NodesEvaluated { get; }

    /// <summary>The released rows.</summary>
    public AnonymizedTable Table { get; }
}
