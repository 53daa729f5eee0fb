namespace Kura.Sql.Dialects;

/// <summary>DuckDB, Kura's default vault. SUM(BIGINT) is HUGEINT there, so sums are exact.</summary>
internal sealed class DuckDbDialect : ISqlDialect
{
    public string Name => "duckdb";

    public string Identifier(string name) => "\"" + name.Replace("\"", "\"\"") + "\"";

    public string StringLiteral(string value) => "'" + value.Replace("'", "''") + "'";

    public string DoubleType => "DOUBLE";

    public string ExactIntegerType => "HUGEINT";

    public string IntegerDivide(string dividend, string divisor) => $"({dividend} // {divisor})";
}
