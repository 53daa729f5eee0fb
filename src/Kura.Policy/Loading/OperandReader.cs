using Kura.Policy.Conditions;
using YamlDotNet.RepresentationModel;
using static Kura.Policy.YamlNodes;

namespace Kura.Policy;

/// <summary>Reads the right-hand side of a fact test and checks it fits the fact and the operator.</summary>
internal sealed class OperandReader(IReadOnlyDictionary<string, PolicyParameter> parameters, FactDefinition fact, Comparison op)
{
    private enum Shape { Boolean, Integer, Text, List }

    public Operand Read(YamlNode node)
    {
        var shape = ExpectedShape(node);
        if (node is YamlScalarNode { Value: { } text } && text.StartsWith('$'))
            return ReadParameter(node, text[1..], shape);
        if (shape == Shape.Integer)
            throw PolicyFileError.At(node, $"Fact '{fact.Name}' is compared with a number: name a parameter ($name) so an ordinance can change it, never a literal.");
        var value = shape switch
        {
            Shape.Boolean => PolicyValue.Of(Boolean(node, $"The value compared with '{fact.Name}'")),
            Shape.Text => PolicyValue.Of(Text(node, $"The value compared with '{fact.Name}'")),
            _ => PolicyValue.Of(TextList(node, $"The list compared with '{fact.Name}'")),
        };
        CheckVocabulary(node, value.Items);
        return new LiteralOperand(value);
    }

    private Shape ExpectedShape(YamlNode node) => (fact.Type, op) switch
    {
        (_, Comparison.Exists) => Shape.Boolean,
        (FactType.Boolean, Comparison.Eq or Comparison.Ne) => Shape.Boolean,
        (FactType.Text, Comparison.Eq or Comparison.Ne) => Shape.Text,
        (FactType.Integer, Comparison.Eq or Comparison.Ne or Comparison.Gt or Comparison.Ge or Comparison.Lt or Comparison.Le) => Shape.Integer,
        (FactType.Text, Comparison.In or Comparison.NotIn or Comparison.MatchesAny) => Shape.List,
        (FactType.TextSet, Comparison.Has) => Shape.Text,
        (FactType.TextSet, Comparison.HasAny or Comparison.SubsetOf) => Shape.List,
        _ => throw PolicyFileError.At(node, $"Operator '{ConditionReader.OperatorName(op)}' does not apply to fact '{fact.Name}' ({fact.Type.ToString().ToLowerInvariant()})."),
    };

    private ParameterOperand ReadParameter(YamlNode node, string name, Shape shape)
    {
        if (op == Comparison.Exists)
            throw PolicyFileError.At(node, "'exists' takes true or false, not a parameter.");
        var parameter = parameters.GetValueOrDefault(name)
            ?? throw PolicyFileError.At(node, $"Unknown parameter '{name}'.");
        var wanted = shape switch
        {
            Shape.Boolean => ParameterType.Boolean,
            Shape.Integer => ParameterType.Integer,
            Shape.Text => ParameterType.Text,
            _ => ParameterType.TextList,
        };
        if (parameter.Type != wanted)
            throw PolicyFileError.At(node, $"Parameter '{name}' is {PolicyReader.TypeName(parameter.Type)} but fact '{fact.Name}' with '{ConditionReader.OperatorName(op)}' needs {PolicyReader.TypeName(wanted)}.");
        CheckVocabulary(node, parameter.Current.Items);
        return new ParameterOperand(name);
    }

    private void CheckVocabulary(YamlNode node, IReadOnlyList<string> values)
    {
        if (fact.Vocabulary is null || op == Comparison.MatchesAny) return;
        var bad = values.FirstOrDefault(v => !fact.Vocabulary.Contains(v, StringComparer.Ordinal));
        if (bad is not null)
            throw PolicyFileError.At(node, $"'{bad}' is not a value of fact '{fact.Name}'. Allowed: {string.Join(", ", fact.Vocabulary)}.");
    }
}
