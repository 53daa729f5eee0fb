namespace Kura.Policy.Conditions;

/// <summary>Holds when every item holds (<c>all:</c>).</summary>
public sealed record AllOf(IReadOnlyList<Condition> Items) : Condition
{
    protected override IEnumerable<Condition> Children() => Items;
}
