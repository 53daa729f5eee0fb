namespace Kura.Engine.Extracts;

/// <summary>A released extract: where it is, what it holds, how risky it is, and its ledger entry.</summary>
/// <param name="ReleaseId">Identifier shared by the ledger entry, the catalog record and the manifest.</param>
/// <param name="Kind">Pseudonymised or anonymised.</param>
/// <param name="Project">Receiving project.</param>
/// <param name="Dataset">Source dataset.</param>
/// <param name="Tables">Source tables, the base first.</param>
/// <param name="OutputPath">The extract file (absolute).</param>
/// <param name="ManifestPath">The sidecar manifest (absolute).</param>
/// <param name="File">SHA-256 and size of the extract file.</param>
/// <param name="Columns">Released columns in file order.</param>
/// <param name="Dropped">Columns of the source tables that were deleted, with the reason.</param>
/// <param name="Statistics">Counts, risk and quality.</param>
/// <param name="LedgerSequence">Sequence number of the <c>extract.released</c> ledger entry.</param>
public sealed record ExtractOutcome(
    string ReleaseId,
    ExtractKind Kind,
    string Project,
    string Dataset,
    IReadOnlyList<string> Tables,
    string OutputPath,
    string ManifestPath,
    ExtractFileDigest File,
    IReadOnlyList<ExtractColumn> Columns,
    IReadOnlyList<DroppedColumn> Dropped,
    ExtractStatistics Statistics,
    long LedgerSequence);
