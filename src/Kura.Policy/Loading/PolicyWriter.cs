using System.Globalization;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Kura.Policy;

/// <summary>
/// Writes a <see cref="Policy"/> back as a policy file. The output is canonical (fixed key order,
/// no comments, no anchors) and reads back to an equal policy.
/// </summary>
internal static partial class PolicyWriter
{
    public static string Write(Policy policy)
    {
        var root = Map(
            ("schema", Scalar(policy.Schema.ToString(CultureInfo.InvariantCulture))),
            ("version", Quoted(policy.Version)),
            ("regime", Scalar(policy.SelectedRegime)),
            ("regimes", new YamlSequenceNode(policy.Regimes.Select(WriteRegime))),
            ("parameters", new YamlMappingNode(policy.Parameters.Select(p =>
                new KeyValuePair<YamlNode, YamlNode>(Scalar(p.Name), WriteParameter(p))))),
            ("steps", new YamlMappingNode(policy.Steps.Select(s =>
                new KeyValuePair<YamlNode, YamlNode>(Scalar(s.Id), WriteStep(s))))),
            ("rules", new YamlSequenceNode(policy.Rules.Select(WriteRule))));
        var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    private static YamlNode WriteRegime(Regime regime) => Map(
        ("id", Scalar(regime.Id)),
        ("effectiveFrom", Scalar(regime.StartParameter is { } p ? "$" + p : Date(regime.StartDate!.Value))),
        ("fallback", regime.Fallback is null ? null : Scalar(regime.Fallback)),
        ("description", WriteText(regime.Description)));

    private static YamlNode WriteParameter(PolicyParameter p) => Map(
        ("type", Scalar(PolicyReader.TypeName(p.Type))),
        ("default", WriteValue(p.Default)),
        ("value", p.Value is null ? null : WriteValue(p.Value)),
        ("source", Quoted(p.Source)),
        ("effectiveFrom", Scalar(Date(p.EffectiveFrom))),
        ("status", FlowList(p.Status)),
        ("description", WriteText(p.Description)));

    private static YamlNode WriteStep(PolicyStep s) => Map(
        ("kind", Scalar(s.Kind.ToString().ToLowerInvariant())),
        ("doneWhen", s.DoneWhen is null ? null : WriteCondition(s.DoneWhen)),
        ("rowExclusion", s.RowExclusion is null ? null : Flow(Map(
            ("who", Scalar(s.RowExclusion.Who)),
            ("ageBelow", s.RowExclusion.AgeBelow is null ? null : WriteOperand(s.RowExclusion.AgeBelow))))),
        ("description", WriteText(s.Description)));

    private static YamlNode WriteRule(PolicyRule r) => Map(
        ("id", Scalar(r.Id)),
        ("basis", Quoted(r.Basis)),
        ("status", FlowList(r.Status)),
        ("regimes", FlowList(r.Regimes)),
        ("phase", Scalar(PolicyReader.PhaseName(r.Phase))),
        ("description", WriteText(r.Description)),
        ("when", r.When is null ? null : WriteCondition(r.When)),
        ("effect", WriteEffect(r.Effect)));

    private static YamlNode WriteEffect(RuleEffect e) => Map(
        ("kind", Scalar(PolicyReader.EffectName(e.Kind))),
        ("tags", e.Tags.Count == 0 ? null : new YamlSequenceNode(e.Tags.Select(t =>
            Map(("tag", Scalar(t.Tag)), ("when", t.When is null ? null : WriteCondition(t.When)))))),
        ("steps", e.Steps.Count == 0 ? null : new YamlSequenceNode(e.Steps.Select(s => s.When is null
            ? (YamlNode)Scalar(s.StepId)
            : Map(("step", Scalar(s.StepId)), ("when", WriteCondition(s.When)))))),
        ("obligations", e.Obligations.Count == 0 ? null : new YamlSequenceNode(e.Obligations.Select(o => Map(
            ("id", Scalar(o.Id)),
            ("dueDays", o.DueDays is null ? null : WriteOperand(o.DueDays)),
            ("when", o.When is null ? null : WriteCondition(o.When)),
            ("description", WriteText(o.Description)))))));

    private static YamlNode WriteText(LocalizedText text) => Map(("ja", Quoted(text.Ja)), ("en", Quoted(text.En)));

    private static YamlNode WriteValue(PolicyValue value) => value.Raw switch
    {
        null => Scalar("null"),
        IReadOnlyList<string> items => FlowList(items),
        string text => Quoted(text),
        _ => Scalar(value.ToString()),
    };

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static YamlScalarNode Scalar(string text) => new(text);

    private static YamlScalarNode Quoted(string text) => new(text) { Style = YamlDotNet.Core.ScalarStyle.DoubleQuoted };

    private static YamlSequenceNode FlowList(IEnumerable<string> items) =>
        new(items.Select(i => (YamlNode)Quoted(i))) { Style = SequenceStyle.Flow };

    private static YamlMappingNode Flow(YamlMappingNode map)
    {
        map.Style = MappingStyle.Flow;
        return map;
    }

    /// <summary>A block mapping of the given entries in order; null values are left out.</summary>
    private static YamlMappingNode Map(params (string Key, YamlNode? Value)[] entries) =>
        new(entries.Where(e => e.Value is not null)
            .Select(e => new KeyValuePair<YamlNode, YamlNode>(Scalar(e.Key), e.Value!)));
}
