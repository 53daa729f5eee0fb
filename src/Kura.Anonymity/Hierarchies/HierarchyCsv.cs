namespace Kura.Anonymity.Hierarchies;

/// <summary>
/// Reads hierarchies in ARX's CSV layout: no header, one row per original value, one column per level,
/// fields separated by <c>;</c> (no quoting). CRLF and LF line ends are accepted; blank lines are skipped.
/// </summary>
public static class HierarchyCsv
{
    /// <summary>Reads a whole hierarchy from <paramref name="reader"/>; the caller owns the reader.</summary>
    /// <param name="reader">Text positioned at the first row.</param>
    /// <param name="separator">Field separator; default <c>;</c>.</param>
    /// <exception cref="Kura.Core.KuraException">KURA-ANON-HIERARCHY-INVALID when the rows do not form a hierarchy.</exception>
    public static Hierarchy Read(TextReader reader, char separator = ';')
    {
        ArgumentNullException.ThrowIfNull(reader);
        var rows = new List<IReadOnlyList<string>>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            rows.Add(line.Split(separator));
        }
        return Hierarchy.FromRows(rows);
    }
}
