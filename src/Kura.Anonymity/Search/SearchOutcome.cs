namespace Kura.Anonymity.Search;

/// <summary>The optimum found by <see cref="OptimalSearch"/>.</summary>
/// <param name="Node">The optimal node, or -1 when no node satisfies the privacy models.</param>
/// <param name="Value">Its metric value.</param>
/// <param name="Evaluations">Nodes whose classes were computed.</param>
internal sealed record SearchOutcome(int Node, double Value, int Evaluations);
