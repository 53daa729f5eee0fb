using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Kura.Core;

namespace Kura.Policy;

/// <summary>
/// A loaded, validated policy file: regimes, parameters, steps and rules. Immutable; obtain one
/// from <see cref="PolicyFile.Parse"/> and change it only through <see cref="WithParameter"/> and
/// <see cref="WithRegime"/>, which validate the result like a freshly loaded file.
/// </summary>
public sealed record Policy(
    int Schema,
    string Version,
    string SelectedRegime,
    IReadOnlyList<Regime> Regimes,
    IReadOnlyList<PolicyParameter> Parameters,
    IReadOnlyList<PolicyStep> Steps,
    IReadOnlyList<PolicyRule> Rules)
{
    /// <summary>Japan Standard Time: statutory dates are Japanese calendar dates.</summary>
    private static readonly TimeSpan Jst = TimeSpan.FromHours(9);

    // Keyed by identity, so a copy made with 'with' never inherits a stale hash.
    private static readonly ConditionalWeakTable<Policy, string> Hashes = new();

    /// <summary>SHA-256 (lower-case hex) of the canonical form written by <see cref="PolicyFile.Write"/>; stable under reformatting and comments.</summary>
    public string ContentHash => Hashes.GetValue(this, static p =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(PolicyFile.Write(p)))));

    public PolicyParameter Parameter(string name) =>
        Parameters.FirstOrDefault(p => p.Name == name)
        ?? throw KuraException.NotFound("KURA-POLICY-PARAM-UNKNOWN",
            $"The policy has no parameter '{name}'. See 'kura policy show' for the list.");

    public PolicyRule? FindRule(string id) => Rules.FirstOrDefault(r => r.Id == id);

    public PolicyStep Step(string id) => Steps.First(s => s.Id == id);

    /// <summary>The regime whose rules apply at <paramref name="asOf"/> (judged on the Japan calendar date).</summary>
    public RegimeStatus RegimeAt(DateTimeOffset asOf)
    {
        var today = DateOnly.FromDateTime(asOf.ToOffset(Jst).DateTime);
        var selected = Regimes.First(r => r.Id == SelectedRegime);
        var start = StartOf(selected);
        if (start is { } s && s <= today)
            return new RegimeStatus(selected.Id, selected.Id, s, s);
        var fallback = Regimes.First(r => r.Id == selected.Fallback);
        return new RegimeStatus(selected.Id, fallback.Id, StartOf(fallback)!.Value, start);
    }

    private DateOnly? StartOf(Regime regime) =>
        regime.StartDate ?? (Parameter(regime.StartParameter!).Current.Raw as DateOnly?);

    /// <summary>
    /// Sets a parameter's local value. <paramref name="value"/> is written as in the file
    /// (<c>1000</c>, <c>true</c>, <c>2028-04-01</c>, <c>null</c> to unset a date, comma-separated
    /// items for lists). Throws <c>KURA-POLICY-INVALID</c> if the result does not validate.
    /// </summary>
    public Policy WithParameter(string name, string value, string? source = null, DateOnly? effectiveFrom = null)
    {
        var parameter = Parameter(name);
        var parsed = PolicyValueText.Parse(parameter.Type, value, name);
        var changed = parameter with
        {
            Value = parsed,
            Source = source ?? parameter.Source,
            EffectiveFrom = effectiveFrom ?? parameter.EffectiveFrom,
        };
        return Revalidate(this with { Parameters = [.. Parameters.Select(p => p.Name == name ? changed : p)] });
    }

    /// <summary>Selects the regime Kura applies (it still waits for that regime's start date).</summary>
    public Policy WithRegime(string regimeId) =>
        Regimes.Any(r => r.Id == regimeId)
            ? Revalidate(this with { SelectedRegime = regimeId })
            : throw KuraException.BadInput("KURA-POLICY-REGIME-UNKNOWN",
                $"Unknown regime '{regimeId}'. Use one of: {string.Join(", ", Regimes.Select(r => r.Id))}.");

    private static Policy Revalidate(Policy candidate) => PolicyFile.Parse(PolicyFile.Write(candidate));
}
