namespace Kura.Anonymity.Encoding;

/// <summary>
/// A small direct-mapped cache in front of a value→code dictionary: columns repeat few distinct values, so
/// most lookups are answered by one cheap hash of a few characters and one (usually reference-equal) compare.
/// One per column and thread.
/// </summary>
internal sealed class ValueCodeCache(Func<string, int> lookup)
{
    private const int Size = 1024;
    private readonly string?[] values = new string?[Size];
    private readonly int[] codes = new int[Size];

    public int CodeOf(string value)
    {
        var slot = Slot(value);
        var cached = values[slot];
        if (ReferenceEquals(cached, value) || string.Equals(cached, value, StringComparison.Ordinal)) return codes[slot];
        var code = lookup(value);
        values[slot] = value;
        codes[slot] = code;
        return code;
    }

    private static int Slot(string value)
    {
        if (value.Length == 0) return 0;
        var h = (uint)value.Length * 0x9E3779B1u;
        h = (h ^ value[0]) * 0x85EBCA6Bu;
        h = (h ^ value[value.Length >> 1]) * 0xC2B2AE35u;
        h = (h ^ value[^1]) * 0x27D4EB2Fu;
        return (int)(h >> 22);
    }
}
