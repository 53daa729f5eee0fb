using Kura.Core;

namespace Kura.Sql;

/// <summary>
/// Per-query contribution bounds and spend. Immutable; validated by <see cref="Validate"/> (called by
/// <see cref="DpSql.Prepare"/>), which refuses values outside the policy limits.
/// </summary>
public sealed record BoundingOptions
{
    /// <summary>Rows kept per person and table (1 ≤ m ≤ <see cref="RowsPerPersonCeiling"/>); null uses each table's declared default.</summary>
    public int? MaxRowsPerPerson { get; init; }

    /// <summary>
    /// Groups per person for queries whose only aggregates are person counts (1 ≤ g ≤ ceiling); null means no cap
    /// beyond the rows kept per person. Other queries bound groups per person by rows per person.
    /// </summary>
    public int? MaxGroupsPerPerson { get; init; }

    /// <summary>Accounting and noise; default <see cref="PrivacyMode.Zcdp"/>.</summary>
    public PrivacyMode Mode { get; init; } = PrivacyMode.Zcdp;

    /// <summary>The ε the query spends (&gt; 0, at most 10): pure ε, or ρ = ε²/2 in zCDP mode. Default 1.</summary>
    public decimal Epsilon { get; init; } = 1m;

    /// <summary>The partition δ used when <see cref="PartitionDelta"/> is null: 10^-7.</summary>
    public const decimal DefaultPartitionDelta = 0.0000001m;

    /// <summary>
    /// δ spent on partition selection when group keys have no public domain; in (0, 10^-3]. Null means
    /// <see cref="DefaultPartitionDelta"/>; the engine replaces null with min(10^-7, project δ / 10).
    /// </summary>
    public decimal? PartitionDelta { get; init; }

    /// <summary>
    /// Policy limit on <see cref="MaxRowsPerPerson"/> and <see cref="MaxGroupsPerPerson"/> overrides. Default 1000.
    /// The engine always sets it from the policy parameter <c>query.maxRowsPerPerson</c>, whatever the caller gave.
    /// </summary>
    public int RowsPerPersonCeiling { get; init; } = 1000;

    /// <summary>
    /// zCDP ρ to spend, overriding ρ = ε²/2 (zCDP mode only; must be &gt; 0). The engine sets it so that the
    /// query alone is (<see cref="Epsilon"/>, δ)-DP at the project's δ, the partition δ included.
    /// </summary>
    public Kura.Privacy.Arithmetic.Rational? Rho { get; init; }

    /// <summary>
    /// Vault schema to read the dataset's tables from; null reads the dataset's own schema. The engine sets
    /// it to the dataset's release views so row-level exclusions (objections, minors' facial data) apply to
    /// every query without the planner knowing about them.
    /// </summary>
    public string? SourceSchema { get; init; }

    /// <summary>Refuses values outside the ranges documented on each property.</summary>
    public void Validate()
    {
        if (RowsPerPersonCeiling < 1)
            throw Refuse($"The rows-per-person ceiling must be at least 1 (got {RowsPerPersonCeiling}).");
        if (MaxRowsPerPerson is { } m && (m < 1 || m > RowsPerPersonCeiling))
            throw Refuse($"max rows per person must be between 1 and {RowsPerPersonCeiling} (got {m}).");
        if (MaxGroupsPerPerson is { } g && (g < 1 || g > RowsPerPersonCeiling))
            throw Refuse($"max groups per person must be between 1 and {RowsPerPersonCeiling} (got {g}).");
        if (Epsilon <= 0 || Epsilon > 10)
            throw Refuse($"epsilon must be greater than 0 and at most 10 (got {Epsilon}).");
        if (Rho is { } rho && rho.Sign <= 0)
            throw Refuse($"rho must be greater than 0 (got {rho}).");
        if (PartitionDelta is { } delta && (delta <= 0 || delta > 0.001m))
            throw Refuse($"partition delta must be greater than 0 and at most 0.001 (got {delta}).");
    }

    private static KuraException Refuse(string message) => KuraException.Policy("KURA-SQL-OPTIONS", message);
}
