using Kura.Policy.Conditions;
using YamlDotNet.RepresentationModel;
using static Kura.Policy.YamlNodes;

namespace Kura.Policy;

/// <summary>
/// Reads the condition language and type-checks it against <see cref="FactCatalog"/> and the
/// declared parameters: unknown facts, unknown parameters, wrong operand types, values outside a
/// fact's vocabulary, and numeric thresholds written as literals are all refused here.
/// </summary>
internal sealed class ConditionReader(
    IReadOnlyDictionary<string, PolicyParameter> parameters,
    ConditionScope scope,
    List<(string RuleId, YamlNode Node)> firedReferences)
{
    private static readonly (string Key, Comparison Op)[] Operators =
    [
        ("eq", Comparison.Eq), ("ne", Comparison.Ne), ("in", Comparison.In), ("notIn", Comparison.NotIn),
        ("gt", Comparison.Gt), ("ge", Comparison.Ge), ("lt", Comparison.Lt), ("le", Comparison.Le),
        ("has", Comparison.Has), ("hasAny", Comparison.HasAny), ("subsetOf", Comparison.SubsetOf),
        ("matchesAny", Comparison.MatchesAny), ("exists", Comparison.Exists),
    ];

    public static string OperatorName(Comparison op) => Operators.First(o => o.Op == op).Key;

    public Condition Read(YamlNode node)
    {
        var map = Mapping(node, "A condition");
        if (map.Children.Count == 0) throw PolicyFileError.At(node, "A condition must not be empty.");
        var first = Text(map.Children.Keys.First(), "A condition key");
        return first switch
        {
            "all" or "any" or "not" or "fired" when map.Children.Count != 1 =>
                throw PolicyFileError.At(node, $"'{first}' must be the only key of its condition."),
            "all" => new AllOf(ReadList(map.Children.Values.First(), "all")),
            "any" => new AnyOf(ReadList(map.Children.Values.First(), "any")),
            "not" => new Not(Read(map.Children.Values.First())),
            "fired" => ReadFired(map.Children.Values.First()),
            "fact" => ReadFactTest(map),
            "param" => ReadParameterTest(map),
            _ => throw PolicyFileError.At(node, $"A condition starts with all, any, not, fired, fact or param (got '{first}')."),
        };
    }

    private IReadOnlyList<Condition> ReadList(YamlNode node, string key)
    {
        var items = Sequence(node, $"'{key}'").Children;
        if (items.Count == 0) throw PolicyFileError.At(node, $"'{key}' needs at least one condition.");
        return [.. items.Select(Read)];
    }

    private FiredTest ReadFired(YamlNode node)
    {
        if (scope != ConditionScope.Request)
            throw PolicyFileError.At(node, "'fired' may only appear in a rule's 'when' (not in classify rules, steps or effects).");
        var id = Text(node, "fired");
        firedReferences.Add((id, node));
        return new FiredTest(id);
    }

    private (Comparison Op, YamlNode Value) ReadOperator(YamlMappingNode map, string subjectKey)
    {
        var rest = map.Children.Where(kv => Text(kv.Key, "A key") != subjectKey).ToArray();
        if (rest.Length != 1)
            throw PolicyFileError.At(map, $"A '{subjectKey}' test needs exactly one operator: {string.Join(", ", Operators.Select(o => o.Key))}.");
        var key = Text(rest[0].Key, "An operator");
        var match = Operators.Where(o => o.Key == key).ToArray();
        if (match.Length == 0)
            throw PolicyFileError.At(rest[0].Key, $"Unknown operator '{key}'. Use one of: {string.Join(", ", Operators.Select(o => o.Key))}.");
        return (match[0].Op, rest[0].Value);
    }

    private FactTest ReadFactTest(YamlMappingNode map)
    {
        var nameNode = map.Children[new YamlScalarNode("fact")];
        var name = Text(nameNode, "fact");
        var fact = FactCatalog.Find(name)
            ?? throw PolicyFileError.At(nameNode, $"Unknown fact '{name}'. Known facts: {string.Join(", ", FactCatalog.Names)}.");
        if (fact.ColumnScoped != (scope == ConditionScope.Column))
            throw PolicyFileError.At(nameNode, fact.ColumnScoped
                ? $"Fact '{name}' describes one column and may only be used by classify rules."
                : $"Fact '{name}' is not available to classify rules, which see one column at a time.");
        var (op, valueNode) = ReadOperator(map, "fact");
        return new FactTest(name, op, new OperandReader(parameters, fact, op).Read(valueNode));
    }

    private ParameterTest ReadParameterTest(YamlMappingNode map)
    {
        var nameNode = map.Children[new YamlScalarNode("param")];
        var name = Text(nameNode, "param");
        var parameter = parameters.GetValueOrDefault(name)
            ?? throw PolicyFileError.At(nameNode, $"Unknown parameter '{name}'.");
        var (op, valueNode) = ReadOperator(map, "param");
        if (op is not (Comparison.Eq or Comparison.Ne) || parameter.Type is not (ParameterType.Boolean or ParameterType.Text))
            throw PolicyFileError.At(map, $"A 'param' test compares a boolean or text parameter with eq or ne ('{name}' is {PolicyReader.TypeName(parameter.Type)}).");
        var literal = PolicyReader.ReadParameterValue(valueNode, parameter.Type, $"The value compared with '{name}'");
        return new ParameterTest(name, op, new LiteralOperand(literal));
    }
}
