using System.Security.Cryptography;
using System.Text;
using Kura.Anonymity.Hierarchies;
using Kura.Core;

namespace Kura.Engine.Extracts;

/// <summary>
/// Picks the hierarchy of each quasi-identifier of an anonymised extract: the user's (<c>--hierarchy</c>), else one
/// built automatically for ages (subject-age integers), dates, postal codes, prefectures and ICD-10 codes, recognised by
/// type and name. Any other quasi-identifier is refused with a message saying how to give a hierarchy. A missing value
/// (empty) gets its own row that joins the hierarchy only at the top level.
/// </summary>
internal static class HierarchyChoice
{
    /// <summary>The empty string stands for a missing value in anonymised extracts (the anonymiser takes no nulls).</summary>
    public const string Missing = "";

    private static readonly string[] PostalNames = ["郵便", "〒", "postal", "postcode", "zip"];
    private static readonly string[] PrefectureNames = ["都道府県", "県名", "prefecture"];
    private static readonly string[] Icd10Names = ["icd", "傷病名コード", "病名コード", "疾病コード", "diagnosiscode"];

    /// <summary>The hierarchy for <paramref name="column"/> over <paramref name="values"/> (missing values as <see cref="Missing"/>), and where it came from.</summary>
    public static (Hierarchy Hierarchy, string Origin, string? Sha256) For(PlannedColumn column, IReadOnlyList<string> values, HierarchyInput? input)
    {
        var present = values.Where(v => v != Missing).Distinct(StringComparer.Ordinal).ToList();
        if (present.Count == 0) return (Hierarchy.FromRows([[Missing, "*"]]), "missing values only", null);
        var (hierarchy, origin, sha) = input is not null ? (FromInput(column, input, present), input.Origin, Digest(input.CsvText))
            : AutomaticKind(column.Source) is { } kind ? (Automatic(column, kind, present), "automatic:" + kind.ToString().ToLowerInvariant(), null)
            : throw NoHierarchy(column);
        var hasMissing = values.Any(v => v.Length == 0);
        return (!hasMissing || hierarchy.Contains(Missing) ? hierarchy : WithMissing(hierarchy), origin, sha);
    }

    /// <summary>The automatic hierarchy kind for a column, or null when Kura cannot build one.</summary>
    public static HierarchyKind? AutomaticKind(Column column)
    {
        var name = column.Name.ToLowerInvariant().Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (column.Type == ColumnType.Integer && column.IsSubjectAge) return HierarchyKind.Age;
        if (column.Type == ColumnType.Date) return HierarchyKind.Date;
        if (column.Type != ColumnType.Text && column.Type != ColumnType.Integer) return null;
        if (PostalNames.Any(name.Contains)) return HierarchyKind.PostalCode;
        if (PrefectureNames.Any(name.Contains)) return HierarchyKind.Prefecture;
        if (Icd10Names.Any(name.Contains)) return HierarchyKind.Icd10;
        return null;
    }

    private static Hierarchy FromInput(PlannedColumn column, HierarchyInput input, List<string> present)
    {
        var hierarchy = input.CsvText is null
            ? Hierarchy.FromRows(present.Select(v => (IReadOnlyList<string>)[v, "*"]))
            : Rethrow(() => HierarchyCsv.Read(new StringReader(input.CsvText)), column, $"the hierarchy {input.Origin}");
        var absent = present.Count(v => !hierarchy.Contains(v));
        if (absent > 0)
            throw KuraException.BadInput("KURA-EXTRACT-HIERARCHY-INCOMPLETE",
                $"{absent} distinct value(s) of column '{column.Output.Name}' are not listed in the hierarchy {input.Origin}; add a row for every value that occurs.");
        return hierarchy;
    }

    private static Hierarchy Automatic(PlannedColumn column, HierarchyKind kind, List<string> present) =>
        Rethrow(() => AutomaticHierarchy.Build(kind, present), column, $"the automatic {kind.ToString().ToLowerInvariant()} hierarchy");

    private static Hierarchy Rethrow(Func<Hierarchy> build, PlannedColumn column, string what)
    {
        try
        {
            return build();
        }
        catch (KuraException e)
        {
            throw new KuraException(e.Code, e.Kind,
                $"Column '{column.Output.Name}', {what}: {e.Message} (Give a hierarchy file with --hierarchy {column.Output.Name}=FILE.)", e);
        }
    }

    // Missing values form their own branch: missing at every level below the top, which they share.
    private static Hierarchy WithMissing(Hierarchy hierarchy)
    {
        var levels = hierarchy.Levels;
        var rows = hierarchy.Values.Select(v => (IReadOnlyList<string>)[.. Enumerable.Range(0, levels).Select(l => hierarchy.Generalize(v, l))]).ToList();
        var top = levels > 1 ? hierarchy.Generalize(hierarchy.Values[0], levels - 1) : Missing;
        rows.Add([.. Enumerable.Repeat(Missing, levels - 1), top]);
        return Hierarchy.FromRows(rows);
    }

    private static KuraException NoHierarchy(PlannedColumn column) => KuraException.BadInput("KURA-EXTRACT-HIERARCHY-MISSING",
        $"Quasi-identifier '{column.Output.Name}' has no hierarchy: Kura builds them by itself only for ages, dates, postal codes, prefectures and ICD-10 codes. " +
        $"Give one with --hierarchy {column.Output.Name}=FILE (ARX layout: value;level1;…;*, one row per value), or --hierarchy {column.Output.Name}=* to release it exactly or not at all.");

    private static string? Digest(string? text) =>
        text is null ? null : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
