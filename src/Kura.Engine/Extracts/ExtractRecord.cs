namespace Kura.Engine.Extracts;

/// <summary>The catalog's record of a released extract and its processing method (APPI-ANO-02: the method is kept).</summary>
/// <param name="ReleaseId">Identifier shared with the ledger entry and the manifest.</param>
/// <param name="Project">Receiving project.</param>
/// <param name="Dataset">Source dataset.</param>
/// <param name="Kind">Pseudonymised or anonymised.</param>
/// <param name="At">When it was released (UTC).</param>
/// <param name="Actor">Who released it.</param>
/// <param name="FileName">The extract file's name (without directory).</param>
/// <param name="Sha256">SHA-256 of the file.</param>
/// <param name="Rows">Rows in the file.</param>
/// <param name="Method">The processing method as JSON: columns and treatments, deleted columns, parameters, levels, risk. Never values.</param>
public sealed record ExtractRecord(
    string ReleaseId,
    string Project,
    string Dataset,
    ExtractKind Kind,
    DateTimeOffset At,
    string Actor,
    string FileName,
    string Sha256,
    int Rows,
    string Method);
