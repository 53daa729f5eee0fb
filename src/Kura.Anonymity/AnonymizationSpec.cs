namespace Kura.Anonymity;

/// <summary>What to anonymise and how: the quasi-identifiers with their hierarchies, the privacy models and the metric.</summary>
public sealed record AnonymizationSpec
{
    /// <summary>Quasi-identifying columns, in the order levels are reported; 1 to 32 columns.</summary>
    public required IReadOnlyList<QuasiIdentifier> QuasiIdentifiers { get; init; }

    /// <summary>k of k-anonymity: every released class has at least this many records; ≥ 2. Default 2.</summary>
    public int K { get; init; } = 2;

    /// <summary>
    /// Largest fraction of records that may be suppressed (removed), in [0, 1]; the record budget is
    /// ⌊limit · n⌋ as in ARX. Default 0.
    /// </summary>
    public double SuppressionLimit { get; init; }

    /// <summary>l-diversity and t-closeness requirements on sensitive columns; default none.</summary>
    public IReadOnlyList<SensitiveCriterion> SensitiveCriteria { get; init; } = [];

    /// <summary>The metric the search minimises; default <see cref="QualityMetric.Loss"/>.</summary>
    public QualityMetric Metric { get; init; } = QualityMetric.Loss;

    /// <summary>
    /// Ceilings on the re-identification risk the search must keep within, or null (default) for none. The highest
    /// ceiling raises k to <see cref="RiskThreshold.SmallestClass"/>; the average one (J / n over released records)
    /// becomes part of the test every candidate transformation must pass, so the optimum returned satisfies it.
    /// </summary>
    public RiskThreshold? RiskLimit { get; init; }

    /// <summary>
    /// Population table for journalist and marketer risk: rows of the population the records were drawn from,
    /// with at least the quasi-identifier columns. Null means the dataset itself is taken as the population,
    /// which the risk report states.
    /// </summary>
    public SourceTable? Population { get; init; }
}
