using System.Text;
using Kura.Policy.Conditions;

namespace Kura.Policy;

/// <summary>Evaluates the condition language. Types were checked when the file was loaded.</summary>
internal static class ConditionEvaluator
{
    public static bool Holds(Condition? condition, IConditionContext context) => condition switch
    {
        null => true,
        AllOf all => all.Items.All(i => Holds(i, context)),
        AnyOf any => any.Items.Any(i => Holds(i, context)),
        Not not => !Holds(not.Inner, context),
        FiredTest fired => context.Fired(fired.RuleId),
        ParameterTest test => Compare(context.Parameter(test.Parameter).Raw, test.Op, Resolve(test.Operand, context)),
        FactTest test => Compare(context.Fact(test.Fact), test.Op, Resolve(test.Operand, context)),
        _ => throw new InvalidOperationException($"Unknown condition node {condition.GetType().Name}."),
    };

    private static PolicyValue Resolve(Operand operand, IConditionContext context) => operand switch
    {
        LiteralOperand literal => literal.Value,
        ParameterOperand parameter => context.Parameter(parameter.Name),
        _ => throw new InvalidOperationException($"Unknown operand {operand.GetType().Name}."),
    };

    // A missing fact satisfies nothing but "exists: false": rules never fire on absent evidence.
    private static bool Compare(object? left, Comparison op, PolicyValue right)
    {
        if (op == Comparison.Exists) return (left is not null) == (right.Raw is true);
        if (left is null || right.IsUnset) return false;
        return op switch
        {
            Comparison.Eq => Equals(left, right.Raw),
            Comparison.Ne => !Equals(left, right.Raw),
            Comparison.In => right.Items.Contains((string)left, StringComparer.Ordinal),
            Comparison.NotIn => !right.Items.Contains((string)left, StringComparer.Ordinal),
            Comparison.Gt => (long)left > (long)right.Raw!,
            Comparison.Ge => (long)left >= (long)right.Raw!,
            Comparison.Lt => (long)left < (long)right.Raw!,
            Comparison.Le => (long)left <= (long)right.Raw!,
            Comparison.Has => ((IReadOnlySet<string>)left).Contains((string)right.Raw!),
            Comparison.HasAny => right.Items.Any(((IReadOnlySet<string>)left).Contains),
            Comparison.SubsetOf => ((IReadOnlySet<string>)left).Count > 0 && ((IReadOnlySet<string>)left).All(right.Items.Contains),
            Comparison.MatchesAny => MatchesAny((string)left, right.Items),
            _ => throw new InvalidOperationException($"Unknown operator {op}."),
        };
    }

    // NFKC folds full-width letters (ＭｙＮｕｍｂｅｒ) and half-width kana so names match patterns as typed.
    private static bool MatchesAny(string text, IReadOnlyList<string> fragments)
    {
        var folded = text.Normalize(NormalizationForm.FormKC);
        return fragments.Any(f => folded.Contains(f.Normalize(NormalizationForm.FormKC), StringComparison.OrdinalIgnoreCase));
    }
}
