namespace Kura.Synthesis.Domains;

/// <summary>
/// The encoded table and the number of rows left out because a value had no place in its declared domain.
/// <see cref="RowsLeftOut"/> is exact, not private: show it to the steward inside the vault, never release it.
/// </summary>
public sealed record EncodingResult(EncodedTable Table, int RowsLeftOut);
