using Kura.Engine.Extracts;
using Kura.Privacy.Accounting;
using Kura.Synthesis;
using Kura.Synthesis.Evaluation;

namespace Kura.Engine.Synthesis;

/// <summary>A released synthetic table: where it is, what it holds, what it cost, how useful it is, and its ledger entry.</summary>
/// <param name="ReleaseId">Identifier shared by the budget reservation, the ledger entry and the manifest.</param>
/// <param name="Project">Paying project.</param>
/// <param name="Dataset">Source dataset.</param>
/// <param name="Method">MST or AIM.</param>
/// <param name="PerPerson">True when the rows are persons built from features.</param>
/// <param name="OutputPath">The synthetic file (absolute).</param>
/// <param name="ManifestPath">The sidecar manifest (absolute).</param>
/// <param name="File">SHA-256 and size of the file.</param>
/// <param name="Columns">Columns in file order with their domains.</param>
/// <param name="Rows">Synthetic rows written.</param>
/// <param name="Epsilon">The ε asked for.</param>
/// <param name="Delta">The δ used for the conversion.</param>
/// <param name="Cost">The exact cost reserved once (ρ).</param>
/// <param name="Steps">The public spending steps; their ρ add up to <paramref name="Cost"/>.</param>
/// <param name="Utility">TVD of 1-, 2-, 3-way marginals and classifier accuracy (exact aggregates, see docs/synthesis.md).</param>
/// <param name="UtilityNote">Why the classifier part is missing, when it is.</param>
/// <param name="UtilityJson">The utility report as the manifest holds it (for <c>&lt;file&gt;.utility.json</c>).</param>
/// <param name="LedgerSequence">Sequence number of the <c>synthetic.released</c> entry.</param>
public sealed record SyntheticOutcome(
    string ReleaseId,
    string Project,
    string Dataset,
    SynthesisMethod Method,
    bool PerPerson,
    string OutputPath,
    string ManifestPath,
    ExtractFileDigest File,
    IReadOnlyList<SyntheticColumn> Columns,
    int Rows,
    decimal Epsilon,
    decimal Delta,
    PrivacyCost Cost,
    IReadOnlyList<SynthesisStep> Steps,
    UtilityReport Utility,
    string? UtilityNote,
    string UtilityJson,
    long LedgerSequence)
{
    /// <summary>Columns left out because they have no declared domain (row mode without <c>--columns</c>).</summary>
    public IReadOnlyList<string> LeftOut { get; init; } = [];
}
