using System.Numerics;
using Kura.Core;
using Kura.Sql.Binding;
using Kura.Sql.Dialects;
using Kura.Sql.Release;
using Kura.Sql.Syntax;

namespace Kura.Sql.Planning;

/// <summary>
/// Turns a bound query into a <see cref="DpQueryPlan"/>: chooses the measurements each aggregate needs, the
/// per-table row caps, the sensitivities (see docs/proofs/RankBounding.md) and writes the backend SQL.
/// </summary>
internal sealed partial class Planner
{
    /// <summary>Largest number of public key combinations released in full; above it keys are selected.</summary>
    public const long MaxPublicKeys = 100_000;

    private readonly BoundQuery _query;
    private readonly BoundingOptions _options;
    private readonly List<DpMeasurement> _measurements = [];

    private Planner(BoundQuery query, BoundingOptions options)
    {
        _query = query;
        _options = options;
    }

    public static DpQueryPlan Plan(BoundQuery query, BoundingOptions options, ISqlDialect dialect)
    {
        var planner = new Planner(query, options);
        return planner.Build(dialect);
    }

    private DpQueryPlan Build(ISqlDialect dialect)
    {
        CheckArithmetic();
        var outputs = _query.Outputs.Select(o => new OutputPlan(o.Name, o.KeyIndex, o.Aggregate is null ? null : PlanAggregate(o.Aggregate))).ToList();
        var domainSize = PublicDomainSize();
        var publicKeys = domainSize is not null;
        int? selection = publicKeys ? null : SelectionMeasurement();
        var personCountsOnly = _measurements.All(m => m.Kind == MeasurementKind.PersonCount);
        var (caps, rowBound, groupBound) = ChooseBounds(personCountsOnly, domainSize);
        for (var i = 0; i < _measurements.Count; i++)
            _measurements[i] = Sensitivities.Apply(_measurements[i], rowBound, groupBound);
        var plan = new DpQueryPlan
        {
            Dialect = dialect.Name,
            BackendSql = "",
            Columns = outputs.Select(o => new DpResultColumn(o.Name, o.Key is not null)).ToList(),
            Measurements = _measurements.ToList(),
            RowsPerPerson = caps,
            RowBound = rowBound,
            GroupBound = groupBound,
            PublicKeys = publicKeys,
            SelectionMeasurement = selection,
            Mode = _options.Mode,
            Cost = DpQueryCost.For(_options.Mode, _options.Epsilon, publicKeys ? null : PartitionDelta, _options.Rho),
            Keys = _query.Keys.Select(k => new KeyPlan(k.Type, k.Domain)).ToList(),
            Outputs = outputs,
            OrderBy = _query.OrderBy,
            Limit = _query.Limit,
            Offset = _query.Offset,
            Epsilon = _options.Epsilon,
            PartitionDelta = PartitionDelta,
            SourceSchema = _options.SourceSchema ?? _query.Dataset.Name,
            ReferencedColumns = _query.Referenced.ToList(),
        };
        return plan with { BackendSql = new BackendSqlWriter(dialect, _query, plan).Write() };
    }

    private decimal PartitionDelta => _options.PartitionDelta ?? BoundingOptions.DefaultPartitionDelta;

    private void CheckArithmetic()
    {
        if (_query.Derived is { } derived)
        {
            if (derived.Where is not null) ArithmeticSafety.Check(derived.Where, ValueContext.Raw);
            foreach (var value in derived.Values)
                if (value.Call.Argument is { } argument)
                    ArithmeticSafety.Check(argument, value.Call.Kind == AggregateKind.CountValues ? ValueContext.Raw : ValueContext.Clamped);
        }
        if (_query.Where is not null) ArithmeticSafety.Check(_query.Where, ValueContext.Raw);
        foreach (var key in _query.Keys) ArithmeticSafety.Check(key.Expr, ValueContext.Raw);
        foreach (var aggregate in _query.Outputs.Select(o => o.Aggregate).OfType<AggregateCall>())
            if (aggregate.Argument is { } argument)
                ArithmeticSafety.Check(argument, aggregate.Kind is AggregateKind.CountValues or AggregateKind.CountPersons
                    ? ValueContext.Raw : ValueContext.Clamped);
    }

    /// <summary>Most noisy cells (key combinations × cells per group) a public-key release draws.</summary>
    public const long MaxPublicCells = 2_000_000;

    /// <summary>
    /// Number of key combinations when every key has a public domain (1 with no keys) and releasing all of
    /// them stays within <see cref="MaxPublicCells"/>; null otherwise (keys are then selected).
    /// </summary>
    private long? PublicDomainSize()
    {
        long size = 1;
        var cells = Math.Max(1, _measurements.Sum(m => (long)m.Bins));
        foreach (var key in _query.Keys)
        {
            if (key.Domain is null) return null;
            size *= Math.Max(1, key.Domain.Count);
            if (size > MaxPublicKeys || size * cells > MaxPublicCells) return null;
        }
        return size;
    }

    /// <summary>The count whose noisy value selects groups: persons when measured (one per person and group), else rows.</summary>
    private int SelectionMeasurement()
    {
        var persons = _measurements.FindIndex(m => m.Kind == MeasurementKind.PersonCount);
        return persons >= 0 ? persons : Add(new DpMeasurement(MeasurementKind.RowCount, "COUNT(*)", 1, 1, 1, Hidden: true) { Identity = "rows" });
    }

    /// <summary>
    /// Per-table caps, R and G. A per-person subquery caps its own tables and yields one row per person, so
    /// the outer aggregates see R = G = 1 (PerPersonSubquery.md).
    /// </summary>
    private (IReadOnlyList<int?> Caps, long RowBound, long GroupBound) ChooseBounds(bool personCountsOnly, long? domainSize)
    {
        if (_query.Dataset.Unit.IsRow)
            return (_query.Sources.Select(_ => (int?)null).ToList(), 1, 1);
        if (_query.Derived is { } derived)
            return (derived.RowsPerPerson.Select(c => (int?)c).ToList(), 1, 1);
        var caps = RowCaps.For(_query.Sources, _options);
        if (personCountsOnly && _options.MaxGroupsPerPerson is { } g) caps = caps.Select(c => Math.Min(c, g)).ToList();
        var product = RowCaps.Product(caps);
        // A person in a public domain of D keys touches at most D released groups; person counts need no row cap then.
        if (personCountsOnly && domainSize is { } d && d <= product)
            return (_query.Sources.Select(_ => (int?)null).ToList(), product, d);
        return (caps.Select(c => (int?)c).ToList(), product, Math.Min(product, domainSize ?? product));
    }

    private int Add(DpMeasurement measurement)
    {
        var existing = _measurements.FindIndex(m => m.Identity == measurement.Identity);
        if (existing >= 0)
        {
            if (!measurement.Hidden && _measurements[existing].Hidden) _measurements[existing] = _measurements[existing] with { Hidden = false };
            return existing;
        }
        _measurements.Add(measurement);
        return _measurements.Count - 1;
    }
}
