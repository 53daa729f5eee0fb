using Kura.Core;
using Kura.Sql.Syntax;

namespace Kura.Sql.Binding;

/// <summary>A FROM entry resolved to a vault table. Join is null for the first table; JoinedTo is the earlier entry its ON names.</summary>
internal sealed record BoundSource(VaultTable Table, string Alias, JoinKind? Join, int JoinedTo = 0);

/// <summary>A GROUP BY key: bound expression, static type and, when public, its declared domain (canonical texts).</summary>
internal sealed record GroupKey(SqlExpr Expr, SqlType Type, IReadOnlyList<string>? Domain);

internal enum AggregateKind { CountRows, CountValues, CountPersons, Sum, Avg, Variance, VariancePop, Stddev, StddevPop, Percentile }

/// <summary>An aggregate of the select list. Percentile is p in [0, 1] for MEDIAN / PERCENTILE_CONT.</summary>
internal sealed record AggregateCall(AggregateKind Kind, SqlExpr? Argument, SqlType ArgumentType, decimal? Percentile, SourcePosition Position);

/// <summary>A released column: either a group key (KeyIndex) or an aggregate.</summary>
internal sealed record OutputColumn(string Name, int? KeyIndex, AggregateCall? Aggregate);

internal sealed record OrderSpec(int Output, bool Descending);

/// <summary>
/// The query after name resolution, grants, identifier and type checks. When <see cref="Derived"/> is set, the
/// one source is that per-person subquery's virtual table (one row per person) and Where filters its rows.
/// Referenced lists the vault columns the query reads, as (table, column), in order of first use.
/// </summary>
internal sealed record BoundQuery(
    Dataset Dataset,
    IReadOnlyList<BoundSource> Sources,
    SqlExpr? Where,
    IReadOnlyList<GroupKey> Keys,
    IReadOnlyList<OutputColumn> Outputs,
    IReadOnlyList<OrderSpec> OrderBy,
    long? Limit,
    long? Offset,
    DerivedTable? Derived,
    IReadOnlyList<(string Table, string Column)> Referenced);
