namespace Kura.Anonymity;

/// <summary>
/// Re-identification risk of a released extract (El Emam 2013; Dankar &amp; El Emam 2010), over released records
/// only. f_j is the size of released class j, F_j the number of population records in it (F_j ≥ f_j), J the
/// number of released classes and n the released records. All values are probabilities in [0, 1].
/// </summary>
/// <param name="ProsecutorHighest">max_j 1/f_j: the attacker knows the target is in the extract.</param>
/// <param name="ProsecutorAverage">J / n: mean of 1/f_j over records.</param>
/// <param name="JournalistHighest">max_j 1/F_j: the target is some member of the population.</param>
/// <param name="JournalistAverage">J / Σ_j F_j: mean of 1/F_j over the population records in released classes.</param>
/// <param name="Marketer">(1/n) Σ_j f_j/F_j: expected share of records re-identified by matching every record to the population.</param>
/// <param name="PopulationIsSample">True when no population table was given and the dataset itself served as population (journalist = prosecutor).</param>
/// <param name="RecordsAtHighestRisk">Released records in the smallest class.</param>
public sealed record RiskReport(
    double ProsecutorHighest,
    double ProsecutorAverage,
    double JournalistHighest,
    double JournalistAverage,
    double Marketer,
    bool PopulationIsSample,
    int RecordsAtHighestRisk);
