namespace Kura.Policy.Conditions;

/// <summary>Holds when at least one item holds (<c>any:</c>).</summary>
public sealed record AnyOf(IReadOnlyList<Condition> Items) : Condition
{
    protected override IEnumerable<Condition> Children() => Items;
}
