using Kura.Core;

namespace Kura.Sql.Dialects;

/// <summary>The backend dialects Kura writes: <c>duckdb</c> (default), <c>postgres</c>, <c>spark</c>.</summary>
public static class SqlDialects
{
    public static ISqlDialect DuckDb { get; } = new DuckDbDialect();
    public static ISqlDialect Postgres { get; } = new PostgresDialect();
    public static ISqlDialect Spark { get; } = new SparkDialect();

    public static IReadOnlyList<string> Names { get; } = ["duckdb", "postgres", "spark"];

    /// <summary>The dialect of that name (case-insensitive; <c>postgresql</c> is accepted for postgres).</summary>
    public static ISqlDialect Get(string name) => name.ToLowerInvariant() switch
    {
        "duckdb" => DuckDb,
        "postgres" or "postgresql" => Postgres,
        "spark" => Spark,
        _ => throw KuraException.BadInput("KURA-SQL-DIALECT",
            $"Unknown SQL dialect '{name}'; use one of: {string.Join(", ", Names)}."),
    };
}
