using Kura.Core;
using Kura.Engine.Intake;

namespace Kura.Storage.Vault;

/// <summary>A table loaded under a hidden name in its dataset schema; <see cref="Commit"/> renames it into place.</summary>
internal sealed class DuckDbStagedImport(StagingArea staging, VaultTable table, string encoding, string sourceSha256, bool replace)
    : StagedImport
{
    public override VaultTable Table { get; } = table;
    public override string Encoding { get; } = encoding;
    public override string SourceSha256 { get; } = sourceSha256;

    /// <exception cref="KuraException"><c>KURA-IMPORT-TABLE-EXISTS</c> when the table appeared meanwhile and replace was not asked.</exception>
    public override void Commit() => staging.Promote(replace);

    public override void Dispose() => staging.Dispose();
}
