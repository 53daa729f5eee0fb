namespace Kura.Anonymity.Search;

/// <summary>Checks lattice nodes against the privacy models and scores them; hides the key width.</summary>
internal interface INodeEvaluator
{
    /// <summary>Number of evaluations so far.</summary>
    int Evaluations { get; }

    /// <summary>Checks <paramref name="node"/>; computes the metric when <paramref name="withValue"/> is true and the node is acceptable.</summary>
    NodeOutcome Evaluate(int node, bool withValue);
}
