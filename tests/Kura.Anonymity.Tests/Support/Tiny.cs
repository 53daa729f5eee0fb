using Kura.Anonymity.Encoding;
using Kura.Anonymity.Hierarchies;

namespace Kura.Anonymity.Tests.Support;

/// <summary>
/// A hand-computable table: one quasi-identifier over the domain 1–4 with levels value → {1-2, 3-4} → *,
/// and records aged 1, 1, 2, 3 (n = 4).
/// </summary>
internal static class Tiny
{
    public static readonly Hierarchy Ages = Hierarchy.FromRows(
    [
        ["1", "1-2", "*"],
        ["2", "1-2", "*"],
        ["3", "3-4", "*"],
        ["4", "3-4", "*"],
    ]);

    public static SourceTable Table() => Tables.Columns(("age", ["1", "1", "2", "3"]), ("diagnosis", ["a", "b", "a", "c"]));

    public static AnonymizationSpec Spec(int k = 2, double suppression = 0) =>
        new() { QuasiIdentifiers = [new QuasiIdentifier("age", Ages)], K = k, SuppressionLimit = suppression };

    public static EncodedTable Encoded() => EncodedTable.Encode(Table(), Spec());
}
