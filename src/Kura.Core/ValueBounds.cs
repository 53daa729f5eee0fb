namespace Kura.Core;

/// <summary>
/// Declared (public, not data-derived) bounds of a numeric column; values are clamped into
/// [<see cref="Lower"/>, <see cref="Upper"/>] before any aggregate, which is what bounds a person's influence.
/// </summary>
public sealed record ValueBounds
{
    public ValueBounds(decimal lower, decimal upper)
    {
        if (lower > upper)
            throw KuraException.BadInput("KURA-BOUNDS-INVALID", $"Bounds lower {lower} is greater than upper {upper}; give LOW:HIGH with LOW <= HIGH.");
        Lower = lower;
        Upper = upper;
    }

    public decimal Lower { get; }
    public decimal Upper { get; }

    public override string ToString() => $"{Lower}:{Upper}";
}
