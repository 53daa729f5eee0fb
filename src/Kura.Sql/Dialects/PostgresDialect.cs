namespace Kura.Sql.Dialects;

/// <summary>
/// PostgreSQL (standard_conforming_strings on, the default since 9.1). SUM(bigint) is numeric, so sums are
/// exact; ROUND with digits exists only for numeric, so it goes through numeric and back. Row-level expressions
/// need no guard: numeric has arbitrary precision, so comparing or combining numbers never overflows, and double
/// arithmetic is proven in range by <see cref="Kura.Sql.Planning.ArithmeticSafety"/> (PostgreSQL 14 or later, whose
/// numeric holds the infinities EXTRACT returns for infinite dates).
/// </summary>
internal sealed class PostgresDialect : ISqlDialect
{
    public string Name => "postgres";

    public string Identifier(string name) => "\"" + name.Replace("\"", "\"\"") + "\"";

    public string StringLiteral(string value)
    {
        if (value.Contains('\0')) throw Kura.Sql.Syntax.SqlRefusals.At(Kura.Sql.Syntax.SqlRefusals.Syntax,
            new Kura.Sql.Syntax.SourcePosition(1, 1), "A string literal contains a NUL character, which PostgreSQL cannot store");
        return "'" + value.Replace("'", "''") + "'";
    }

    public string DoubleType => "DOUBLE PRECISION";

    public string RoundDigits(string value, int digits) => $"CAST(ROUND(CAST({value} AS NUMERIC), {digits}) AS DOUBLE PRECISION)";

    public string ExactIntegerType => "NUMERIC";

    public string IntegerDivide(string dividend, string divisor) => $"({dividend} / {divisor})";

    public string Total(string expression) => expression;

    public string Text(string value) => $"CAST({value} AS TEXT)";
}
