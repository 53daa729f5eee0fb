namespace Kura.Sql.Syntax;

/// <summary>Words that cannot be used unquoted as names, and statement words Kura refuses.</summary>
internal static class Keywords
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "SELECT", "FROM", "WHERE", "GROUP", "BY", "ORDER", "HAVING", "LIMIT", "OFFSET", "JOIN", "INNER", "LEFT",
        "RIGHT", "FULL", "CROSS", "OUTER", "NATURAL", "ON", "USING", "AS", "AND", "OR", "NOT", "IN", "IS", "NULL",
        "LIKE", "ILIKE", "BETWEEN", "CASE", "WHEN", "THEN", "ELSE", "END", "DISTINCT", "ALL", "UNION", "INTERSECT",
        "EXCEPT", "WITH", "ASC", "DESC", "TRUE", "FALSE", "WINDOW", "QUALIFY", "ESCAPE", "FILTER", "OVER", "WITHIN",
        "LATERAL", "EXISTS", "INTO", "FETCH", "NULLS", "SAMPLE", "TABLESAMPLE", "PIVOT", "UNPIVOT", "RETURNING",
    };

    /// <summary>Statements other than SELECT, each refused by name.</summary>
    private static readonly HashSet<string> OtherStatements = new(StringComparer.OrdinalIgnoreCase)
    {
        "COPY", "ATTACH", "DETACH", "PRAGMA", "INSTALL", "LOAD", "FORCE", "SET", "RESET", "CREATE", "DROP", "ALTER",
        "INSERT", "UPDATE", "DELETE", "MERGE", "UPSERT", "TRUNCATE", "GRANT", "REVOKE", "CALL", "EXPORT", "IMPORT",
        "VACUUM", "CHECKPOINT", "BEGIN", "START", "COMMIT", "ROLLBACK", "ABORT", "EXPLAIN", "DESCRIBE", "DESC", "SHOW",
        "SUMMARIZE", "USE", "VALUES", "TABLE", "EXECUTE", "PREPARE", "DEALLOCATE", "ANALYZE", "COMMENT", "DO", "LOCK",
        "LISTEN", "NOTIFY", "REFRESH", "REINDEX", "CLUSTER", "DISCARD", "SECURITY", "FROM", "WITH", "PIVOT", "UNPIVOT",
        "UNLOAD", "MSCK", "CACHE", "UNCACHE", "ADD", "LIST",
    };

    public static bool IsReserved(string word) => Reserved.Contains(word);

    public static bool IsOtherStatement(string word) => OtherStatements.Contains(word);
}
