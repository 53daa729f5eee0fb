using System.Text.RegularExpressions;
using Kura.Core;

namespace Kura.Storage.Vault;

/// <summary>
/// Dataset and table names: letters (Japanese included), digits and underscore, 1–63 characters,
/// not reserved by Kura (<c>__kura_</c>) or by DuckDB (main, temp, system schemas).
/// </summary>
public static partial class VaultNames
{
    public const int MaxLength = 63;

    private static readonly string[] ReservedSchemas = ["main", "temp", "system", "information_schema", "pg_catalog"];

    /// <summary>
    /// Throws <see cref="KuraException"/> <c>KURA-VAULT-NAME-INVALID</c> unless <paramref name="name"/> is valid;
    /// <paramref name="kind"/> is <c>dataset</c> or <c>table</c>.
    /// </summary>
    public static void Validate(string kind, string name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > MaxLength || !Shape().IsMatch(name))
            throw Invalid(kind, name, $"use 1–{MaxLength} letters (Japanese included), digits or underscores");
        if (VaultColumns.IsHidden(name))
            throw Invalid(kind, name, "names starting with '__kura_' are reserved for Kura");
        if (kind == "dataset" && ReservedSchemas.Contains(name, StringComparer.OrdinalIgnoreCase))
            throw Invalid(kind, name, "the name is reserved by the vault");
    }

    private static KuraException Invalid(string kind, string name, string rule) =>
        KuraException.BadInput("KURA-VAULT-NAME-INVALID", $"Invalid {kind} name '{name}': {rule}.");

    [GeneratedRegex(@"^[\p{L}\p{Mn}\p{Nd}_]+$")]
    private static partial Regex Shape();
}
