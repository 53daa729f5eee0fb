namespace Kura.Anonymity.Metrics;

/// <summary>
/// A quality metric (lower is better) with a lower bound that never decreases from a node to its successors,
/// which is what lets the search prune without losing the optimum.
/// </summary>
internal interface IQualityModel
{
    /// <summary>True when <see cref="StaticBound"/> is informative without looking at the data's classes.</summary>
    bool HasStaticBound { get; }

    /// <summary>A lower bound of the node's value computed from per-attribute statistics only (0 when none).</summary>
    double StaticBound(int[] levels);

    /// <summary>The node's value and a data-dependent lower bound valid for it and all its successors.</summary>
    double Value(in NodeClasses classes, out double bound);
}
