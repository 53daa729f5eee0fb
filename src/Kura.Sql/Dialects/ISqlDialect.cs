namespace Kura.Sql.Dialects;

/// <summary>
/// How a backend spells the few things that differ between SQL engines. Kura writes all backend SQL itself
/// from the bound query; a dialect only quotes names and literals and spells types and a few functions.
/// Implementations are stateless and thread-safe.
/// </summary>
public interface ISqlDialect
{
    /// <summary>Dialect name as the engine's backends report it: <c>duckdb</c>, <c>postgres</c> or <c>spark</c>.</summary>
    string Name { get; }

    /// <summary>The name quoted as an identifier, with embedded quote characters escaped.</summary>
    string Identifier(string name);

    /// <summary>A vault table: schema per dataset.</summary>
    string Table(string dataset, string table) => Identifier(dataset) + "." + Identifier(table);

    /// <summary>A string literal with every character escaped as the dialect requires.</summary>
    string StringLiteral(string value);

    /// <summary>The 64-bit floating-point type name.</summary>
    string DoubleType { get; }

    /// <summary>ROUND(value, digits) for a double value and 0 ≤ digits ≤ 10, returning a double.</summary>
    string RoundDigits(string value, int digits) => $"ROUND({value}, {digits})";

    /// <summary>SUM of a BIGINT expression without overflow (exact integer result).</summary>
    string ExactSum(string bigintValue) => $"SUM({bigintValue})";

    /// <summary>An integer type wide enough for exact sums of BIGINTs (the type <see cref="ExactSum"/> returns).</summary>
    string ExactIntegerType { get; }

    /// <summary>Integer division of two non-negative BIGINT expressions, rounding down, as a BIGINT.</summary>
    string IntegerDivide(string dividend, string divisor);

    /// <summary>
    /// A row-level expression made total: NULL on a row where evaluating it would raise. Each dialect states why
    /// its spelling cannot raise; <see cref="Kura.Sql.Planning.ExpressionWriter"/> applies it.
    /// </summary>
    string Total(string expression);

    /// <summary>A group key as the dialect's text type: reading text never fails, whatever the stored value.</summary>
    string Text(string value);
}
