using Kura.Anonymity;

namespace Kura.Engine.Extracts;

/// <summary>What <c>kura extract</c> asks for. Validated by the engine; parameters of the other kind are refused.</summary>
public sealed record ExtractRequest
{
    /// <summary>The approved project receiving the extract.</summary>
    public required string Project { get; init; }

    /// <summary>Pseudonymised or anonymised.</summary>
    public required ExtractKind Kind { get; init; }

    /// <summary>The file to create; it must not exist yet, its directory must. The manifest goes beside it as <c>&lt;file&gt;.manifest.json</c>.</summary>
    public required string OutputPath { get; init; }

    /// <summary>The dataset; may be omitted when the project uses only one.</summary>
    public string? Dataset { get; init; }

    /// <summary>
    /// Tables to read; the first is the base and the others are joined on the person key. Null: the tables named
    /// in <see cref="Columns"/>, or the dataset's only table.
    /// </summary>
    public IReadOnlyList<string>? Tables { get; init; }

    /// <summary>Columns to release as <c>column</c> or <c>table.column</c>; null means every column the processing rules allow.</summary>
    public IReadOnlyList<string>? Columns { get; init; }

    /// <summary>Anonymised only (required there): every equivalence class holds at least k persons; ≥ 2.</summary>
    public int? K { get; init; }

    /// <summary>Anonymised only: l of l-diversity on every special-care column; null for none.</summary>
    public double? L { get; init; }

    /// <summary>Anonymised only: distinct (default) or entropy l-diversity.</summary>
    public DiversityKind LKind { get; init; } = DiversityKind.Distinct;

    /// <summary>Anonymised only: t of t-closeness on every special-care column, in (0, 1]; null for none.</summary>
    public double? T { get; init; }

    /// <summary>Anonymised only: largest fraction of persons that may be suppressed, in [0, 1]; default 0.</summary>
    public double SuppressionLimit { get; init; }

    /// <summary>Anonymised only: the information-loss metric the search minimises; default loss.</summary>
    public QualityMetric Metric { get; init; } = QualityMetric.Loss;

    /// <summary>Anonymised only: hierarchies for quasi-identifiers Kura cannot build one for by itself.</summary>
    public IReadOnlyList<HierarchyInput> Hierarchies { get; init; } = [];

    /// <summary>Rare-value threshold when none is given (pseudonymised extracts; anonymised ones use the larger of this and k).</summary>
    public const int DefaultRareValueThreshold = 5;

    /// <summary>
    /// Peculiar values: a category held by fewer than this many persons is replaced by <see cref="ExtractRules.OtherLabel"/>
    /// (text quasi-identifier and ordinary columns; special-care columns too in anonymised extracts). 1 disables it in
    /// pseudonymised extracts; anonymised extracts require at least k. Null (default): see <see cref="RareValueThresholdInForce"/>.
    /// </summary>
    public int? RareValueThreshold { get; init; }

    /// <summary>The threshold applied: <see cref="RareValueThreshold"/> when given, else 5, or the larger of 5 and k when anonymised.</summary>
    public int RareValueThresholdInForce => RareValueThreshold
        ?? (Kind == ExtractKind.Anonymized ? Math.Max(DefaultRareValueThreshold, K ?? 0) : DefaultRareValueThreshold);

    /// <summary>CSV (default) or Parquet.</summary>
    public ExtractFileFormat Format { get; init; } = ExtractFileFormat.Csv;

    /// <summary>CSV text encoding; default UTF-8.</summary>
    public ExtractTextEncoding Encoding { get; init; } = ExtractTextEncoding.Utf8;
}
