using Kura.Sql.Binding;

namespace Kura.Sql.Planning;

/// <summary>
/// How one select-list aggregate is computed from noisy measurements: Primary is the count, sum or histogram;
/// Count and Squares are the extra measurements AVG, VARIANCE and STDDEV need.
/// </summary>
internal sealed record AggregatePlan(AggregateKind Kind, int Primary, int? Count, int? Squares, decimal? Percentile);

/// <summary>A released column: a group key (Key) or an aggregate.</summary>
internal sealed record OutputPlan(string Name, int? Key, AggregatePlan? Aggregate);

/// <summary>A group key of the plan: static type and, when public, the declared domain.</summary>
internal sealed record KeyPlan(SqlType Type, IReadOnlyList<string>? Domain);
