using Kura.Core;
using Kura.Privacy;
using Kura.Sql.Binding;
using Kura.Sql.Dialects;
using Kura.Sql.Planning;
using Kura.Sql.Syntax;

namespace Kura.Sql;

/// <summary>
/// Entry point of DP SQL: parse the analyst's text (never passed to a backend), check it against the dataset
/// and the project's grants, and plan the bounded backend SQL and its exact privacy cost.
/// Thread-safe (stateless).
/// </summary>
public static class DpSql
{
    /// <summary>
    /// Prepares a query. Throws <see cref="KuraException"/> for anything outside the supported subset (BadInput,
    /// codes <c>KURA-SQL-*</c>), unbounded aggregates (RefusedByPrivacy, <c>KURA-SQL-BOUNDS-MISSING</c>) and options
    /// outside policy (RefusedByPolicy, <c>KURA-SQL-OPTIONS</c>). Refusals depend only on the text and the catalog.
    /// </summary>
    /// <param name="sql">The analyst's query text (at most 20 000 characters).</param>
    /// <param name="dataset">The dataset with its tables, column classes, bounds and public domains.</param>
    /// <param name="grantedColumns">The project's grants as <c>table.column</c> or <c>column</c>; null grants every non-identifier column.</param>
    /// <param name="options">Bounds and spend for this query.</param>
    /// <param name="dialect"><c>duckdb</c> (default), <c>postgres</c> or <c>spark</c>.</param>
    public static PreparedDpQuery Prepare(string sql, Dataset dataset, IReadOnlyList<string>? grantedColumns, BoundingOptions options, string dialect = "duckdb")
    {
        ArgumentNullException.ThrowIfNull(sql);
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var target = SqlDialects.Get(dialect);
        var statement = Parser.Parse(sql);
        var bound = Binder.Bind(statement, dataset, grantedColumns, options);
        try
        {
            return new PreparedDpQuery(Planner.Plan(bound, options, target));
        }
        catch (PrivacyParameterException e)
        {
            throw KuraException.Privacy(e.Code, $"The query's privacy parameters are out of range: {e.Message}");
        }
    }
}
