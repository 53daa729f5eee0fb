using Kura.Policy;

namespace Kura.Engine.Policy;

/// <summary>What <c>kura policy show</c> reports: the policy in force, since when, and any problem with the home's file.</summary>
/// <param name="Active">The policy the engine applies.</param>
/// <param name="Adopted">The catalog record of its adoption.</param>
/// <param name="Regime">Which regime is selected and which one applies now.</param>
/// <param name="FileLocation">The home's policy file, or null when the engine runs without one.</param>
/// <param name="FileProblem">Why the file on disk was refused (line, column, problem), or null when it is the active policy.</param>
/// <param name="History">Every adopted policy, oldest first.</param>
public sealed record PolicyStatus(
    global::Kura.Policy.Policy Active,
    PolicyVersion Adopted,
    RegimeStatus Regime,
    string? FileLocation,
    string? FileProblem,
    IReadOnlyList<PolicyVersion> History);
