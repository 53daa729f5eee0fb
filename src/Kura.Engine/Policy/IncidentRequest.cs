namespace Kura.Engine.Policy;

/// <summary>A personal-data incident as the holder reports it to Kura.</summary>
/// <param name="Dataset">The dataset affected.</param>
/// <param name="Where">Which rows: <c>all</c>, <c>TABLE</c> or <c>TABLE.COLUMN=VALUE[,VALUE…]</c> (see <see cref="PersonFilter"/>).</param>
/// <param name="Cause"><c>leak</c>, <c>loss</c>, <c>unauthorized-access</c>, <c>improper-use</c>, <c>fraudulent-acquisition</c> or <c>unlawful-provision</c> (unlawful third-party provision).</param>
/// <param name="Suspected">True when the incident is suspected, not confirmed (reportable either way).</param>
/// <param name="ProfitYen">Profit attributable to the act, in yen (0 or more); null when not known yet, which leaves surcharge exposure to be assessed.</param>
/// <param name="StrongEncryption">True when all affected data was under strong encryption or equivalent.</param>
/// <param name="Pseudonymised">True when all affected data was pseudonymised information.</param>
/// <param name="DiscoveredAt">When the holder learned of it; null means now. Deadlines count from here.</param>
public sealed record IncidentRequest(
    string Dataset,
    string Where,
    string Cause,
    bool Suspected = false,
    long? ProfitYen = null,
    bool StrongEncryption = false,
    bool Pseudonymised = false,
    DateTimeOffset? DiscoveredAt = null);
