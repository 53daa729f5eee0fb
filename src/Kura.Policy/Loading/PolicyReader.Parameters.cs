using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;
using static Kura.Policy.YamlNodes;

namespace Kura.Policy;

internal sealed partial class PolicyReader
{
    [GeneratedRegex(@"^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)+$")]
    private static partial Regex ParameterName();

    private static readonly (string Name, ParameterType Type)[] TypeNames =
    [
        ("integer", ParameterType.Integer), ("boolean", ParameterType.Boolean), ("text", ParameterType.Text),
        ("text-list", ParameterType.TextList), ("date", ParameterType.Date),
    ];

    public static string TypeName(ParameterType type) => TypeNames.First(t => t.Type == type).Name;

    private void ReadParameters(YamlMappingNode map)
    {
        foreach (var (name, keyNode, value) in Entries(map))
        {
            if (!ParameterName().IsMatch(name))
                throw PolicyFileError.At(keyNode, $"Parameter name '{name}' must be dotted camelCase, for example 'breach.personThreshold'.");
            _parameters.Add(name, ReadParameter(name, Mapping(value, $"Parameter '{name}'")));
        }
    }

    private PolicyParameter ReadParameter(string name, YamlMappingNode map)
    {
        var what = $"Parameter '{name}'";
        OnlyKeys(map, $"parameter '{name}'", "type", "default", "value", "source", "effectiveFrom", "status", "description");
        var typeNode = Required(map, "type", what);
        var typeText = Text(typeNode, $"{what} type");
        var matches = TypeNames.Where(t => t.Name == typeText).ToArray();
        if (matches.Length == 0)
            throw PolicyFileError.At(typeNode, $"{what} has unknown type '{typeText}'. Use one of: {string.Join(", ", TypeNames.Select(t => t.Name))}.");
        var type = matches[0].Type;
        return new PolicyParameter(
            name,
            type,
            ReadParameterValue(Required(map, "default", what), type, $"{what} default"),
            Optional(map, "value") is { } v ? ReadParameterValue(v, type, $"{what} value") : null,
            Text(Required(map, "source", what), $"{what} source"),
            Date(Required(map, "effectiveFrom", what), $"{what} effectiveFrom"),
            ReadStatus(Required(map, "status", what), $"{what} status"),
            Localized(Required(map, "description", what), $"{what} description"));
    }

    /// <summary>Parses a value of the declared type; only dates may be unset (<c>null</c>).</summary>
    public static PolicyValue ReadParameterValue(YamlNode node, ParameterType type, string what) => type switch
    {
        ParameterType.Integer => PolicyValue.Of(Integer(node, what)),
        ParameterType.Boolean => PolicyValue.Of(Boolean(node, what)),
        ParameterType.Text => PolicyValue.Of(Text(node, what)),
        ParameterType.TextList => PolicyValue.Of(TextList(node, what)),
        ParameterType.Date => IsNull(node) ? PolicyValue.Unset : PolicyValue.Of(Date(node, what)),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    private void ReadSteps(YamlMappingNode map)
    {
        foreach (var (id, keyNode, value) in Entries(map))
        {
            if (!StepId().IsMatch(id))
                throw PolicyFileError.At(keyNode, $"Step id '{id}' must be kebab-case, for example 'publish-notice'.");
            _steps.Add(id, ReadStep(id, Mapping(value, $"Step '{id}'")));
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex StepId();

    private PolicyStep ReadStep(string id, YamlMappingNode map)
    {
        var what = $"Step '{id}'";
        OnlyKeys(map, $"step '{id}'", "kind", "doneWhen", "rowExclusion", "description");
        var kindNode = Required(map, "kind", what);
        var kind = Text(kindNode, $"{what} kind") switch
        {
            "record" => StepKind.Record,
            "engine" => StepKind.Engine,
            "duty" => StepKind.Duty,
            var other => throw PolicyFileError.At(kindNode, $"{what} has unknown kind '{other}'. Use record, engine or duty."),
        };
        var doneNode = Optional(map, "doneWhen");
        if ((kind == StepKind.Record) != (doneNode is not null))
            throw PolicyFileError.At(map, $"{what}: a record step needs 'doneWhen' (the evidence that it was done); engine and duty steps must not have one.");
        var done = doneNode is null ? null : Conditions(ConditionScope.Evidence).Read(doneNode);
        var rows = Optional(map, "rowExclusion") is { } r ? ReadRowExclusion(r, what, kind) : null;
        return new PolicyStep(id, kind, done, rows, ReadDescription(Required(map, "description", what), $"{what} description"));
    }

    private RowExclusionSpec ReadRowExclusion(YamlNode node, string what, StepKind kind)
    {
        if (kind != StepKind.Engine)
            throw PolicyFileError.At(node, $"{what}: only engine steps can exclude rows.");
        var map = Mapping(node, $"{what} rowExclusion");
        OnlyKeys(map, "rowExclusion", "who", "ageBelow");
        var whoNode = Required(map, "who", $"{what} rowExclusion");
        var who = Text(whoNode, "who");
        if (!PolicyVocabulary.RowExclusionKinds.Contains(who))
            throw PolicyFileError.At(whoNode, $"Unknown row exclusion '{who}'. Use one of: {string.Join(", ", PolicyVocabulary.RowExclusionKinds)}.");
        var age = Optional(map, "ageBelow") is { } a ? IntegerParameter(a, "ageBelow") : null;
        if ((who == "minors-facial-without-legal-rep-consent") != (age is not null))
            throw PolicyFileError.At(map, $"{what}: 'ageBelow' is required for '{who}' exclusions based on age and not allowed otherwise.");
        return new RowExclusionSpec(who, age);
    }

    /// <summary>Reads <c>$name</c> naming an integer parameter: thresholds are never literals.</summary>
    private Conditions.ParameterOperand IntegerParameter(YamlNode node, string what)
    {
        var text = Text(node, what);
        if (!text.StartsWith('$'))
            throw PolicyFileError.At(node, $"{what} must name an integer parameter ($name), not a literal, so that an ordinance can change it.");
        var name = text[1..];
        if (!_parameters.TryGetValue(name, out var p))
            throw PolicyFileError.At(node, $"{what} refers to unknown parameter '{name}'.");
        if (p.Type != ParameterType.Integer)
            throw PolicyFileError.At(node, $"{what} refers to '{name}', which is a {TypeName(p.Type)} parameter, not an integer.");
        return new Conditions.ParameterOperand(name);
    }
}
