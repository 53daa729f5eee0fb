using Kura.Core;

namespace Kura.Engine.Intake;

/// <summary>
/// A table loaded into the vault's staging area but not yet visible. <see cref="Commit"/> swaps
/// it in (replacing any old table atomically); disposing without commit discards it, leaving the
/// vault exactly as before. This lets the engine write the catalog between the two.
/// </summary>
public abstract class StagedImport : IDisposable
{
    /// <summary>The table as loaded: inferred (or overridden) types, every column <see cref="ColumnClass.Ordinary"/>
    /// except the person key; row and person counts.</summary>
    public abstract VaultTable Table { get; }

    /// <summary>Encoding actually used (<c>utf-8</c>, <c>shift_jis</c>, <c>parquet</c>).</summary>
    public abstract string Encoding { get; }

    /// <summary>SHA-256 (hex) of the source file's bytes, for the ledger.</summary>
    public abstract string SourceSha256 { get; }

    /// <summary>Makes the staged table the live one.</summary>
    public abstract void Commit();

    public abstract void Dispose();
}
