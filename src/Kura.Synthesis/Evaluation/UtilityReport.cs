namespace Kura.Synthesis.Evaluation;

/// <summary>
/// How closely synthetic rows follow the real ones, as aggregate figures only: TVD of every 1-, 2- and 3-way
/// marginal (mean and worst) and, when a target column was named, classifier accuracy synthetic- vs real-trained.
/// Computed inside the vault; these figures are exact aggregates (not differentially private) and are released
/// as such, the way the utility report is specified.
/// </summary>
public sealed record UtilityReport(IReadOnlyList<MarginalFit> Marginals, ClassifierAccuracy? Classifier);
