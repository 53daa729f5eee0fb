namespace Kura.Anonymity.Hierarchies;

/// <summary>Kinds of attribute Kura can build a hierarchy for without a hierarchy file.</summary>
public enum HierarchyKind
{
    /// <summary>Whole years: 5-, 10-, 20-year bands, then <c>*</c> (<see cref="AgeHierarchy"/>).</summary>
    Age,
    /// <summary>Dates: month, year, decade, then <c>*</c> (<see cref="DateHierarchy"/>).</summary>
    Date,
    /// <summary>Postal codes: digits masked from the right (<see cref="PostalCodeHierarchy"/>).</summary>
    PostalCode,
    /// <summary>Japanese prefectures: region, 日本, then <c>*</c> (<see cref="PrefectureHierarchy"/>).</summary>
    Prefecture,
    /// <summary>ICD-10 codes: category, block, chapter, then <c>*</c> (<see cref="Icd10Hierarchy"/>).</summary>
    Icd10,
}
