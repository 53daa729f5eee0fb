using Kura.Privacy.Accounting;
using Kura.Synthesis.Domains;

namespace Kura.Synthesis;

/// <summary>
/// The synthetic rows (over the source's domains), the privacy spent — the sum of the steps' ρ, each derived from
/// its own public parameters, which must equal the request's ρ — and the spending steps (public).
/// </summary>
public sealed record SynthesisResult(EncodedTable Rows, PrivacyCost Cost, IReadOnlyList<SynthesisStep> Steps)
{
    /// <summary>Column sets of the fitted model's cliques (public: derived from released choices only).</summary>
    public IReadOnlyList<IReadOnlyList<string>> ModelCliques { get; init; } = [];
}
