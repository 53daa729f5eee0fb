namespace Kura.Anonymity.Hierarchies;

/// <summary>Builds a hierarchy of a given <see cref="HierarchyKind"/> over a column's values.</summary>
public static class AutomaticHierarchy
{
    /// <summary>Builds the hierarchy of <paramref name="kind"/> covering the distinct <paramref name="values"/> (pass the whole column).</summary>
    /// <exception cref="Kura.Core.KuraException">KURA-ANON-HIERARCHY-INPUT when a value does not fit the kind.</exception>
    public static Hierarchy Build(HierarchyKind kind, IEnumerable<string> values) => kind switch
    {
        HierarchyKind.Age => AgeHierarchy.Build(values),
        HierarchyKind.Date => DateHierarchy.Build(values),
        HierarchyKind.PostalCode => PostalCodeHierarchy.Build(values),
        HierarchyKind.Prefecture => PrefectureHierarchy.Build(values),
        HierarchyKind.Icd10 => Icd10Hierarchy.Build(values),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown hierarchy kind."),
    };
}
