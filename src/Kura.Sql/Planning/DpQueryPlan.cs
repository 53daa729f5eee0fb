using Kura.Privacy.Accounting;
using Kura.Sql.Release;

namespace Kura.Sql.Planning;

/// <summary>
/// A checked, rewritten DP query: the backend SQL that computes exact bounded aggregates, the measurements
/// with their sensitivities, and everything <see cref="DpQueryRelease"/> needs to add noise. Immutable.
/// </summary>
public sealed record DpQueryPlan
{
    /// <summary>Dialect the SQL is written in.</summary>
    public required string Dialect { get; init; }

    /// <summary>
    /// Backend SQL. Result rows: part (0 = per-group measurements, h+1 = histogram of measurement h), one column
    /// per group key, bin, one column per non-histogram measurement, bin count. Row order is irrelevant.
    /// </summary>
    public required string BackendSql { get; init; }

    /// <summary>Released columns in select-list order.</summary>
    public required IReadOnlyList<DpResultColumn> Columns { get; init; }

    /// <summary>Noisy measurements; the spend is split equally between them.</summary>
    public required IReadOnlyList<DpMeasurement> Measurements { get; init; }

    /// <summary>
    /// Rows kept per person and table (<c>__kura_rank ≤ m</c>), in FROM order (for a per-person subquery: its
    /// tables, in its FROM order); null where no cap is applied.
    /// </summary>
    public required IReadOnlyList<int?> RowsPerPerson { get; init; }

    /// <summary>
    /// Bound on one person's rows in the joined, bounded relation the aggregates read (product of the per-table
    /// caps; 1 over a per-person subquery).
    /// </summary>
    public required long RowBound { get; init; }

    /// <summary>Bound on the number of released groups one person can touch.</summary>
    public required long GroupBound { get; init; }

    /// <summary>True when every group key has a public domain: all its keys are released, none are selected.</summary>
    public required bool PublicKeys { get; init; }

    /// <summary>Measurement whose noisy value decides which groups are released (null for public keys).</summary>
    public required int? SelectionMeasurement { get; init; }

    /// <summary>Accounting mode.</summary>
    public required PrivacyMode Mode { get; init; }

    /// <summary>The exact privacy cost of releasing this plan once; reserve it before running the SQL.</summary>
    public required PrivacyCost Cost { get; init; }

    internal IReadOnlyList<KeyPlan> Keys { get; init; } = [];

    internal IReadOnlyList<OutputPlan> Outputs { get; init; } = [];

    internal IReadOnlyList<Binding.OrderSpec> OrderBy { get; init; } = [];

    internal long? Limit { get; init; }

    internal long? Offset { get; init; }

    /// <summary>The query's ε as given (pure ε, or the ε whose ρ = ε²/2 is spent).</summary>
    internal decimal Epsilon { get; init; }

    internal decimal PartitionDelta { get; init; }

    /// <summary>Vault schema the backend SQL reads from: the engine's release views, or the dataset itself.</summary>
    public string SourceSchema { get; init; } = "";

    /// <summary>
    /// Every vault column the query reads — in the select list, WHERE, GROUP BY, ORDER BY, join conditions and
    /// per-person subqueries, the person key included — as (table, column) with catalog spelling, each once, in
    /// order of first use. COUNT(*) reads no column. For the ledger's column classes and the public register.
    /// </summary>
    public IReadOnlyList<(string Table, string Column)> ReferencedColumns { get; init; } = [];

    /// <summary>Number of non-histogram measurements: their columns follow the bin column in part 0.</summary>
    internal int ScalarCount => Measurements.Count(m => m.Kind != MeasurementKind.Histogram);
}
