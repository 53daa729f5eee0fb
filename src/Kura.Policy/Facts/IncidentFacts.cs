namespace Kura.Policy;

/// <summary>The facts of a personal-data incident, as counted by the engine.</summary>
/// <param name="Cause">One of <see cref="PolicyVocabulary.IncidentCauses"/>.</param>
/// <param name="DistinctPersons">Distinct affected persons (never rows), suspected cases included.</param>
/// <param name="Categories">Data categories involved (see <see cref="PolicyVocabulary.Categories"/>).</param>
/// <param name="Suspected">True when the incident is suspected, not confirmed (it is reportable either way).</param>
/// <param name="StrongEncryption">True when all affected data was under strong encryption or equivalent.</param>
/// <param name="Pseudonymised">True when all affected data was pseudonymised information.</param>
/// <param name="ProfitYen">Profit attributable to the act, in yen; 0 when none; null when not yet known (surcharge exposure is then still to be assessed).</param>
public sealed record IncidentFacts(
    string Cause,
    long DistinctPersons,
    IReadOnlyList<string> Categories,
    bool Suspected = false,
    bool StrongEncryption = false,
    bool Pseudonymised = false,
    long? ProfitYen = null);
