using Kura.Engine.Extracts;
using Kura.Synthesis;

namespace Kura.Engine.Synthesis;

/// <summary>What <c>kura synth</c> asks for. Checked completely before any budget is reserved.</summary>
public sealed record SyntheticRequest
{
    /// <summary>The approved project paying for the release (it must cover the synthetic release kind).</summary>
    public required string Project { get; init; }

    /// <summary>ε (&gt; 0): the synthesis alone is (ε, δ)-DP; it spends ρ = ZcdpConversion.MaxRhoWithin(ε, δ).</summary>
    public required decimal Epsilon { get; init; }

    /// <summary>δ in (0, 1); null (default) means the project's δ. A δ = 0 project cannot pay for synthetic data.</summary>
    public decimal? Delta { get; init; }

    /// <summary>Synthetic rows to write, 1 – <see cref="Synthesizer.MaxRows"/>.</summary>
    public required int Rows { get; init; }

    /// <summary>File to create (never overwritten); the manifest goes beside it as <c>&lt;file&gt;.manifest.json</c>.</summary>
    public required string OutputPath { get; init; }

    /// <summary>The dataset; may be omitted when the project uses only one.</summary>
    public string? Dataset { get; init; }

    /// <summary>Table to synthesise (without <see cref="Features"/>); null means the tables named in <see cref="Columns"/> or the dataset's only table.</summary>
    public string? Table { get; init; }

    /// <summary>Columns (<c>COLUMN</c> or <c>TABLE.COLUMN</c>) to synthesise; null means every column that may be released. Ignored with <see cref="Features"/>.</summary>
    public IReadOnlyList<string>? Columns { get; init; }

    /// <summary>Per-person mode: the features of the one-row-per-person table; null for row mode (one rank-1 row per person).</summary>
    public IReadOnlyList<PersonFeatureSpec>? Features { get; init; }

    /// <summary>MST or AIM; null chooses AIM when a <see cref="Workload"/> is given, else MST (built around <see cref="Target"/>).</summary>
    public SynthesisMethod? Method { get; init; }

    /// <summary>AIM's workload (marginals of 1–3 column names); null means every pair of columns.</summary>
    public IReadOnlyList<IReadOnlyList<string>>? Workload { get; init; }

    /// <summary>Domains declared for this run, by column (<c>COLUMN</c>, <c>TABLE.COLUMN</c> or a feature name); they win over stored ones.</summary>
    public IReadOnlyDictionary<string, DomainDeclaration> Domains { get; init; } = new Dictionary<string, DomainDeclaration>();

    /// <summary>
    /// Column the synthetic rows are meant to predict: MST measures its pair with every other column, and the utility
    /// report's classifier predicts it. Null means the last categorical column (the label's usual place).
    /// </summary>
    public string? Target { get; init; }

    /// <summary>Map values outside a declared value list to an "other" bucket (default); false leaves such rows out.</summary>
    public bool OtherBucket { get; init; } = true;

    /// <summary>CSV (default) or Parquet (all columns text: the values are domain labels).</summary>
    public ExtractFileFormat Format { get; init; } = ExtractFileFormat.Csv;

    /// <summary>CSV text encoding; default UTF-8.</summary>
    public ExtractTextEncoding Encoding { get; init; } = ExtractTextEncoding.Utf8;
}
