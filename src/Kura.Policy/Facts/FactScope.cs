namespace Kura.Policy;

/// <summary>What one evaluation pass sees: the request, the regime, one release kind, the derived categories, and (classify only) one column.</summary>
internal sealed record FactScope(
    PolicyFacts Facts,
    string Regime,
    string? ReleaseKind,
    IReadOnlySet<string> Categories,
    IReadOnlySet<string> DatasetCategories,
    ColumnFacts? Column = null);
