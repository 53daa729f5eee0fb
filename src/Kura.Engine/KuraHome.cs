namespace Kura.Engine;

/// <summary>
/// The layout of a Kura home directory (default <c>./kura-home</c> or <c>$KURA_HOME</c>).
/// Paths only; creating and opening them is the storage layer's job.
/// </summary>
public sealed record KuraHome(string Root)
{
    /// <summary>Environment variable naming the home when <c>--home</c> is not given.</summary>
    public const string EnvironmentVariable = "KURA_HOME";

    /// <summary>Home used when neither <c>--home</c> nor <c>$KURA_HOME</c> is set.</summary>
    public const string DefaultDirectory = "kura-home";

    public string VaultPath => Path.Combine(Root, "vault.duckdb");
    public string CatalogPath => Path.Combine(Root, "catalog.db");
    public string LedgerDirectory => Path.Combine(Root, "ledger");
    public string KeysDirectory => Path.Combine(Root, "keys");
    public string PolicyDirectory => Path.Combine(Root, "policy");

    /// <summary>The home named by an explicit option, else <c>$KURA_HOME</c>, else <c>./kura-home</c>.</summary>
    public static KuraHome Resolve(string? explicitPath, string? environmentValue) =>
        new(Path.GetFullPath(!string.IsNullOrWhiteSpace(explicitPath) ? explicitPath
            : !string.IsNullOrWhiteSpace(environmentValue) ? environmentValue
            : DefaultDirectory));
}
