using Kura.Core;

namespace Kura.Synthesis.Domains;

/// <summary>
/// A declared list of categorical values, with an optional "other" bucket (the last code) that receives every
/// value not on the list. Values are compared ordinally (exact text).
/// </summary>
public sealed class CategoricalDomain : SynthesisDomain
{
    private readonly string[] _values;
    private readonly Dictionary<string, int> _codes;

    /// <param name="column">Column name.</param>
    /// <param name="values">Declared values, at least one, no duplicates, none equal to <paramref name="otherLabel"/>.</param>
    /// <param name="otherLabel">Label of the bucket for undeclared values; null (default) means no bucket.</param>
    public CategoricalDomain(string column, IEnumerable<string> values, string? otherLabel = null)
        : base(column)
    {
        ArgumentNullException.ThrowIfNull(values);
        _values = values.ToArray();
        if (_values.Length == 0)
            throw KuraException.BadInput("KURA-SYNTH-DOMAIN-EMPTY", $"The domain of column '{column}' declares no values; list at least one.");
        _codes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < _values.Length; i++)
        {
            if (!_codes.TryAdd(_values[i], i))
                throw KuraException.BadInput("KURA-SYNTH-DOMAIN-DUPLICATE", $"The domain of column '{column}' lists value number {i + 1} twice; list each value once.");
        }
        if (otherLabel is not null && _codes.ContainsKey(otherLabel))
            throw KuraException.BadInput("KURA-SYNTH-DOMAIN-DUPLICATE", $"The 'other' label of column '{column}' is also a declared value; choose a distinct label.");
        OtherLabel = otherLabel;
    }

    /// <summary>Label of the bucket for undeclared values, or null when there is none.</summary>
    public string? OtherLabel { get; }

    /// <summary>The declared values in code order (without the "other" bucket).</summary>
    public IReadOnlyList<string> Values => _values;

    public override int Size => _values.Length + (OtherLabel is null ? 0 : 1);

    public override string Label(int code)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(code);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(code, Size);
        return code < _values.Length ? _values[code] : OtherLabel!;
    }

    public override bool TryEncode(string? raw, out int code)
    {
        if (raw is not null && _codes.TryGetValue(raw, out code))
            return true;
        code = OtherLabel is null ? -1 : _values.Length;
        return OtherLabel is not null;
    }
}
