using Kura.Privacy.Arithmetic;
using Kura.Synthesis.Domains;

namespace Kura.Synthesis;

/// <summary>
/// One synthesis: the encoded source (one row per person, exclusions already applied), the zCDP ρ reserved for it,
/// and how many rows to produce. Validated by <see cref="Synthesizer.Synthesize"/> before anything is measured.
/// </summary>
public sealed record SynthesisRequest
{
    /// <summary>Source rows encoded by their declared domains; one row per person.</summary>
    public required EncodedTable Table { get; init; }

    /// <summary>Total zCDP ρ (&gt; 0) to spend, e.g. <c>ZcdpConversion.MaxRhoWithin(ε, δ)</c>. Spent exactly.</summary>
    public required Rational Rho { get; init; }

    /// <summary>Number of synthetic rows, 1 – <see cref="Synthesizer.MaxRows"/>.</summary>
    public required int Rows { get; init; }

    /// <summary>Algorithm; default <see cref="SynthesisMethod.Mst"/>.</summary>
    public SynthesisMethod Method { get; init; } = SynthesisMethod.Mst;

    /// <summary>
    /// AIM only (required there): the marginals the user cares about, each a list of 1–3 column names of
    /// <see cref="Table"/>. Ignored by MST.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>>? Workload { get; init; }

    /// <summary>
    /// MST only: a column of <see cref="Table"/> to build the model around. Its pair with every other column is
    /// measured and the spanning tree covers the rest, so a classifier of it can learn from every column. Ignored by
    /// AIM (whose workload says what matters).
    /// </summary>
    public string? Target { get; init; }

    /// <summary>Mirror-descent iterations of the final model fit (100 – 100,000); default 2,000.</summary>
    public int FitIterations { get; init; } = 2_000;
}
