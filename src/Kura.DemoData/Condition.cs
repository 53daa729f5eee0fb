namespace Kura.DemoData;

/// <summary>
/// A diagnosis as it appears on a claim: ICD-10 code, Japanese name, treating department (with a
/// paediatric alternative), typical drugs, and a log-normal cost (median yen, log-scale spread).
/// </summary>
// WeightsByAgeGroup: relative frequency for ages 0–14, 15–39, 40–64 and 65+.
internal sealed record Condition(
    string Code,
    string Name,
    string Department,
    string? ChildDepartment,
    IReadOnlyList<string> Drugs,
    int MedianYen,
    double Spread,
    IReadOnlyList<int> WeightsByAgeGroup,
    SexRestriction Sex = SexRestriction.Any)
{
    /// <summary>Age group index used by <see cref="WeightsByAgeGroup"/>.</summary>
    public static int AgeGroup(int age) => age switch { < 15 => 0, < 40 => 1, < 65 => 2, _ => 3 };

    public bool Allows(bool male) => Sex switch
    {
        SexRestriction.Female => !male,
        SexRestriction.Male => male,
        _ => true,
    };
}
