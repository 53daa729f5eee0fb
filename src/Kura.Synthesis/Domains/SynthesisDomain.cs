namespace Kura.Synthesis.Domains;

/// <summary>
/// The public, declared set of values a synthesised column may take, coded 0 … <see cref="Size"/> − 1.
/// Domains come from the data holder's declaration (a value list, a hierarchy file's leaf level or numeric
/// bins), never from the data, so their shape reveals nothing about any person. Immutable and thread-safe.
/// </summary>
public abstract class SynthesisDomain
{
    private protected SynthesisDomain(string column)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(column);
        Column = column;
    }

    /// <summary>The column this domain describes.</summary>
    public string Column { get; }

    /// <summary>Number of codes (≥ 1).</summary>
    public abstract int Size { get; }

    /// <summary>The text written for <paramref name="code"/> (0 ≤ code &lt; <see cref="Size"/>) in a synthetic file.</summary>
    public abstract string Label(int code);

    /// <summary>
    /// Maps a raw value to its code by the declaration only: categorical values outside the list go to the
    /// "other" bucket when one is declared, numbers outside the bounds are clamped into the end bins. Returns
    /// false when the value has no place in the domain (the row is then left out, never used to extend it).
    /// </summary>
    public abstract bool TryEncode(string? raw, out int code);

    /// <summary>All labels in code order.</summary>
    public IReadOnlyList<string> Labels() => Enumerable.Range(0, Size).Select(Label).ToArray();
}
