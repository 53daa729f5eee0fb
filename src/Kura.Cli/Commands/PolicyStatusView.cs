using Kura.Engine.Policy;
using Kura.Policy;

namespace Kura.Cli.Commands;

/// <summary>The JSON shape of <c>kura policy show</c>.</summary>
internal sealed record PolicyStatusView(
    string Version, string Hash, string SelectedRegime, string EffectiveRegime, DateOnly InForceSince, LocalizedText Explanation,
    DateTimeOffset AdoptedAt, string AdoptedBy, string Change, string? File, string? FileProblem,
    IReadOnlyList<PolicyStatusView.ParameterRow> Parameters, IReadOnlyList<PolicyStatusView.HistoryRow> History)
{
    /// <summary>One parameter: value in force, the shipped default, and where the value comes from.</summary>
    internal sealed record ParameterRow(string Name, string Type, string Value, string Default, bool Overridden, string Source,
        DateOnly EffectiveFrom, IReadOnlyList<string> Status, LocalizedText Description);

    /// <summary>One adopted policy.</summary>
    internal sealed record HistoryRow(long Sequence, string Hash, string Version, string SelectedRegime, DateTimeOffset AdoptedAt, string Actor, string Change);

    public static PolicyStatusView From(PolicyStatus s) => new(
        s.Active.Version, s.Adopted.Hash, s.Regime.Selected, s.Regime.Effective, s.Regime.Since, s.Regime.Explanation,
        s.Adopted.AdoptedAt, s.Adopted.Actor, s.Adopted.Change, s.FileLocation, s.FileProblem,
        [.. s.Active.Parameters.Select(p => new ParameterRow(p.Name, p.Type.ToString().ToLowerInvariant(), p.Current.ToString(), p.Default.ToString(),
            p.Value is not null, p.Source, p.EffectiveFrom, p.Status, p.Description))],
        [.. s.History.Select(h => new HistoryRow(h.Sequence, h.Hash, h.Version, h.SelectedRegime, h.AdoptedAt, h.Actor, h.Change))]);
}
