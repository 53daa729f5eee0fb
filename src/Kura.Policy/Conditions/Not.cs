namespace Kura.Policy.Conditions;

/// <summary>Holds when the inner condition does not (<c>not:</c>).</summary>
public sealed record Not(Condition Inner) : Condition
{
    protected override IEnumerable<Condition> Children() => [Inner];
}
