namespace Kura.Storage.Vault;

/// <summary>Settings of a <see cref="DuckDbVault"/>.</summary>
public sealed record VaultOptions
{
    /// <summary>Declared default cap of rows per person given to new keyed tables (the steward may change it). Default 10; at least 1.</summary>
    public int DefaultMaxRowsPerPerson { get; init; } = 10;

    /// <summary>Directory for transient files (Shift_JIS transcoding). Default: <c>tmp/</c> beside the vault file.</summary>
    public string? TempDirectory { get; init; }
}
