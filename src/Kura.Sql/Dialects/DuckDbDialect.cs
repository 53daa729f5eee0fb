namespace Kura.Sql.Dialects;

/// <summary>
/// DuckDB, Kura's default vault. SUM(BIGINT) is HUGEINT there, so sums are exact. DuckDB widens a DECIMAL or
/// BIGINT to a common DECIMAL type when comparing or combining numbers and raises on a value that does not fit
/// (a Parquet DECIMAL(38, 0) against 0.5, say), so row-level expressions run inside TRY, which yields NULL instead.
/// </summary>
internal sealed class DuckDbDialect : ISqlDialect
{
    public string Name => "duckdb";

    public string Identifier(string name) => "\"" + name.Replace("\"", "\"\"") + "\"";

    public string StringLiteral(string value) => "'" + value.Replace("'", "''") + "'";

    public string DoubleType => "DOUBLE";

    public string ExactIntegerType => "HUGEINT";

    public string IntegerDivide(string dividend, string divisor) => $"({dividend} // {divisor})";

    public string Total(string expression) => $"TRY({expression})";

    public string Text(string value) => $"CAST({value} AS VARCHAR)";
}
