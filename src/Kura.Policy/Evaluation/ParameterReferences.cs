using System.Text.RegularExpressions;
using Kura.Policy.Conditions;

namespace Kura.Policy;

/// <summary>Finds the parameters a rule or step uses, for the decision's parameter snapshot.</summary>
internal static partial class ParameterReferences
{
    [GeneratedRegex(@"\{([A-Za-z0-9_.]+)\}")]
    private static partial Regex Placeholder();

    public static IEnumerable<string> In(Condition? condition) =>
        condition is null ? [] : condition.Walk().SelectMany(node => node switch
        {
            ParameterTest p => [p.Parameter],
            FactTest { Operand: ParameterOperand o } => [o.Name],
            _ => Array.Empty<string>(),
        });

    public static IEnumerable<string> In(PolicyRule rule) =>
        In(rule.When)
            .Concat(In(rule.Description))
            .Concat(rule.Effect.Tags.SelectMany(t => In(t.When)))
            .Concat(rule.Effect.Steps.SelectMany(s => In(s.When)))
            .Concat(rule.Effect.Obligations.SelectMany(o => In(o.When).Concat(Name(o.DueDays))));

    public static IEnumerable<string> In(PolicyStep step) =>
        In(step.DoneWhen).Concat(Name(step.RowExclusion?.AgeBelow)).Concat(In(step.Description));

    public static IEnumerable<string> In(LocalizedText text) =>
        Placeholder().Matches(text.Ja + "\n" + text.En).Select(m => m.Groups[1].Value);

    /// <summary>Replaces <c>{name}</c> with the parameter's value in force.</summary>
    public static LocalizedText Fill(LocalizedText text, Policy policy)
    {
        string Fill(string s) => Placeholder().Replace(s, m => policy.Parameter(m.Groups[1].Value).Current.ToString());
        return new LocalizedText(Fill(text.Ja), Fill(text.En));
    }

    public static IReadOnlyList<ParameterSnapshot> Snapshot(Policy policy, IEnumerable<string> names) =>
        [.. names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(policy.Parameter)
            .Select(p => new ParameterSnapshot(p.Name, p.Current.ToString(), p.Source, p.Value is not null))];

    private static IEnumerable<string> Name(Operand? operand) =>
        operand is ParameterOperand p ? [p.Name] : [];
}
