using System.Text;

namespace Kura.Sql.Dialects;

/// <summary>
/// Spark SQL, for datasets beyond one machine. Backquoted names; string literals use backslash escapes;
/// SUM(BIGINT) would overflow silently, so sums run over DECIMAL(38,0). Row-level expressions need no guard
/// with spark.sql.ansi.enabled=false, where a cast or arithmetic that does not fit yields NULL instead of raising;
/// run Kura's SQL in that mode.
/// </summary>
internal sealed class SparkDialect : ISqlDialect
{
    public string Name => "spark";

    public string Identifier(string name) => "`" + name.Replace("`", "``") + "`";

    public string StringLiteral(string value)
    {
        var builder = new StringBuilder("'");
        foreach (var c in value)
        {
            if (c is '\'' or '\\') builder.Append('\\').Append(c);
            else if (c < ' ' || c == '\u007f') builder.Append($"\\u{(int)c:X4}");
            else builder.Append(c);
        }
        return builder.Append('\'').ToString();
    }

    public string DoubleType => "DOUBLE";

    public string ExactSum(string bigintValue) => $"SUM(CAST({bigintValue} AS DECIMAL(38,0)))";

    public string ExactIntegerType => "DECIMAL(38,0)";

    public string IntegerDivide(string dividend, string divisor) => $"({dividend} DIV {divisor})";

    public string Total(string expression) => expression;

    public string Text(string value) => $"CAST({value} AS STRING)";
}
