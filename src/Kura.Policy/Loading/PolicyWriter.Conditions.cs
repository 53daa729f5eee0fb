using Kura.Policy.Conditions;
using YamlDotNet.RepresentationModel;

namespace Kura.Policy;

internal static partial class PolicyWriter
{
    private static YamlNode WriteCondition(Condition condition) => condition switch
    {
        AllOf all => Map(("all", new YamlSequenceNode(all.Items.Select(WriteCondition)))),
        AnyOf any => Map(("any", new YamlSequenceNode(any.Items.Select(WriteCondition)))),
        Not not => Map(("not", WriteCondition(not.Inner))),
        FiredTest fired => Flow(Map(("fired", Scalar(fired.RuleId)))),
        FactTest test => Flow(Map(("fact", Scalar(test.Fact)), (ConditionReader.OperatorName(test.Op), WriteOperand(test.Operand)))),
        ParameterTest test => Flow(Map(("param", Scalar(test.Parameter)), (ConditionReader.OperatorName(test.Op), WriteOperand(test.Operand)))),
        _ => throw new InvalidOperationException($"Unknown condition node {condition.GetType().Name}."),
    };

    private static YamlNode WriteOperand(Operand operand) => operand switch
    {
        ParameterOperand p => Scalar("$" + p.Name),
        LiteralOperand { Value.Raw: IReadOnlyList<string> items } => FlowList(items),
        LiteralOperand l => l.Value.Raw is string text ? Quoted(text) : Scalar(l.Value.ToString()),
        _ => throw new InvalidOperationException($"Unknown operand {operand.GetType().Name}."),
    };
}
