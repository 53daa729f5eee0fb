namespace Kura.Storage.Vault;

/// <summary>Quoting for identifiers and string literals in SQL that Kura builds (never user SQL).</summary>
internal static class SqlText
{
    public static string Identifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    public static string Table(string dataset, string table) => Identifier(dataset) + "." + Identifier(table);
}
