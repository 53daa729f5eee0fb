using Kura.Core;

namespace Kura.Engine.Intake;

/// <summary>What an import loaded: the table as catalogued, the encoding used and the source file's SHA-256.</summary>
public sealed record ImportSummary(string Dataset, VaultTable Table, string Encoding, string SourceSha256);
