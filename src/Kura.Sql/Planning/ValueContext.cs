using Kura.Sql.Syntax;

namespace Kura.Sql.Planning;

/// <summary>How numeric columns are read where an expression is written.</summary>
internal enum ValueContext
{
    /// <summary>A whole condition or value as stored (WHERE, keys, COUNT arguments): nothing is converted.</summary>
    Raw,
    /// <summary>
    /// An operand the backend unifies with other numbers (comparisons, IN, BETWEEN, CASE, COALESCE, NULLIF,
    /// GREATEST, LEAST). Whole numbers stay exact; a decimal column reads as DOUBLE. Unifying a stored DECIMAL(p, s)
    /// with a literal of more decimal places makes DuckDB convert it to DECIMAL(38, k), which fails on a value with
    /// more than 38 − k integer digits (a Parquet DECIMAL(38, 0), say): as a double it never fails. BIGINT columns
    /// (19 digits) against literals of at most 18 places need at most 37 digits (<see cref="NumberLiteral"/>).
    /// </summary>
    Compared,
    /// <summary>Inside arithmetic: as a double limited to ±10^15 (decimals below 10^-15 read as 0), so no overflow.</summary>
    Arithmetic,
    /// <summary>Inside an aggregate's argument: clamped to the column's declared bounds.</summary>
    Clamped,
}
