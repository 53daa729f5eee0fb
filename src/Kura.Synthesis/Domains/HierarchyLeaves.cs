using Kura.Core;

namespace Kura.Synthesis.Domains;

/// <summary>
/// Reads the leaf level of a generalization hierarchy file (one row per original value, <c>;</c>-separated,
/// column 0 the original value, no header) as a categorical domain: the <c>--domain COLUMN=FILE</c> form.
/// </summary>
public static class HierarchyLeaves
{
    /// <summary>
    /// The distinct values of column 0 in file order. Blank lines are skipped; a repeated leaf is an error.
    /// The reader is consumed but not disposed.
    /// </summary>
    public static CategoricalDomain Read(string column, TextReader reader, string? otherLabel = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var leaves = new List<string>();
        var lineNumber = 0;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            if (line.Trim().Length == 0)
                continue;
            var separator = line.IndexOf(';', StringComparison.Ordinal);
            var leaf = separator < 0 ? line : line[..separator];
            if (leaf.Length == 0)
                throw KuraException.BadInput("KURA-SYNTH-HIERARCHY-INVALID",
                    $"Hierarchy for column '{column}': line {lineNumber} has an empty leaf value; every line must start with an original value.");
            leaves.Add(leaf);
        }
        return new CategoricalDomain(column, leaves, otherLabel);
    }
}
