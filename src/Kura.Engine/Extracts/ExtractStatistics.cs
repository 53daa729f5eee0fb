using Kura.Anonymity;

namespace Kura.Engine.Extracts;

/// <summary>What processing did to an extract and how risky the result is. Counts and figures only, never values.</summary>
public sealed record ExtractStatistics
{
    /// <summary>Rows read from the release views (persons, for anonymised extracts).</summary>
    public required int SourceRecords { get; init; }

    /// <summary>Rows in the file.</summary>
    public required int ReleasedRows { get; init; }

    /// <summary>Records left out because their equivalence class failed k, l or t (anonymised only; else 0).</summary>
    public required int SuppressedRecords { get; init; }

    /// <summary>Equivalence classes of the released quasi-identifiers.</summary>
    public required int EquivalenceClasses { get; init; }

    /// <summary>Prosecutor, journalist and marketer risk.</summary>
    public required RiskReport Risk { get; init; }

    /// <summary>
    /// True when the release was checked against <see cref="Threshold"/> (anonymised extracts). A pseudonymised extract
    /// is still personal information for its recipient; its risk is reported, not enforced.
    /// </summary>
    public required bool RiskEnforced { get; init; }

    /// <summary>The policy's ceilings (extract.highestRiskOneIn, extract.averageRiskOneIn).</summary>
    public required RiskThreshold Threshold { get; init; }

    /// <summary>Number of values changed per column (clamped to bounds or grouped as rare), by released column name.</summary>
    public required IReadOnlyDictionary<string, int> ChangedValues { get; init; }

    /// <summary>The metric minimised (anonymised only).</summary>
    public QualityMetric? Metric { get; init; }

    /// <summary>Loss, discernibility and non-uniform entropy of the chosen transformation (anonymised only).</summary>
    public QualityScores? Quality { get; init; }

    /// <summary>Generalisation level of each quasi-identifier (anonymised only).</summary>
    public IReadOnlyList<GeneralizationLevel> Levels { get; init; } = [];

    /// <summary>Transformations checked / in the lattice (anonymised only).</summary>
    public int NodesEvaluated { get; init; }

    /// <summary>Transformations in the lattice (anonymised only).</summary>
    public int LatticeSize { get; init; }
}
