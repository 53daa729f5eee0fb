namespace Kura.Anonymity.Search;

/// <summary>Result of checking one node.</summary>
/// <param name="Acceptable">
/// True when at most the allowed number of records had to be suppressed (and, without suppression, the average risk is
/// within its ceiling): the monotonic test the search's tagging uses.
/// </param>
/// <param name="WithinRisk">True when the released records' average risk is within its ceiling (or there is none); only such nodes may be chosen.</param>
/// <param name="Suppressed">Records in classes failing a privacy model.</param>
/// <param name="Classes">Number of equivalence classes (including failing ones).</param>
/// <param name="Value">Metric value, or NaN when it was not requested.</param>
/// <param name="Bound">Lower bound of the metric for this node and its successors, or NaN.</param>
internal readonly record struct NodeOutcome(bool Acceptable, bool WithinRisk, int Suppressed, int Classes, double Value, double Bound);
