using System.Security.Cryptography;
using System.Text;

namespace Kura.Engine.Projects;

/// <summary>
/// What a project can see: each effective column as <c>dataset.table.column</c> (with <c>=class</c> for special-care and facial columns) and each declared
/// data category as <c>dataset:category=NAME</c>, sorted. Metadata only, never row values. An approval
/// covers one scope; a new table, a new column or a reclassification changes it and needs re-approval.
/// </summary>
/// <param name="Entries">The sorted entries.</param>
public sealed record ProjectScope(IReadOnlyList<string> Entries)
{
    /// <summary>SHA-256 (lower-case hex) of the entries, one per line.</summary>
    public string Hash => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Text)));

    /// <summary>The entries, one per line (stored so a later change can be shown entry by entry).</summary>
    public string Text => string.Join('\n', Entries);

    /// <summary>Entries of <paramref name="before"/> (one per line) missing here, and entries here missing there.</summary>
    public (IReadOnlyList<string> Added, IReadOnlyList<string> Removed) Against(string before)
    {
        var old = before.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        return ([.. Entries.Where(e => !old.Contains(e))], [.. old.Where(e => !Entries.Contains(e)).Order(StringComparer.Ordinal)]);
    }
}
