using Kura.Core;

namespace Kura.Engine.Intake;

/// <summary>What an import loaded: the table as catalogued, the encoding used and the source file's SHA-256.</summary>
public sealed record ImportSummary(string Dataset, VaultTable Table, string Encoding, string SourceSha256)
{
    /// <summary>Notices for the steward who imported (for example data that contradicts a "no minors" attestation); empty when none.</summary>
    public IReadOnlyList<string> StewardNotices { get; init; } = [];
}
