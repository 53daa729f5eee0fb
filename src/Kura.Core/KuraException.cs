namespace Kura.Core;

/// <summary>
/// The one exception type Kura raises on purpose. <see cref="Code"/> is stable (for example
/// <c>KURA-BUDGET-EXHAUSTED</c>) so scripts can match on it; the message says what was wrong,
/// where, and what to do. Messages never contain row values or SQL literals.
/// </summary>
public sealed class KuraException : Exception
{
    public KuraException(string code, KuraErrorKind kind, string message, Exception? inner = null)
        : base(message, inner)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Code = code;
        Kind = kind;
    }

    /// <summary>Stable machine-readable code, <c>KURA-…</c>.</summary>
    public string Code { get; }

    /// <summary>The failure's kind.</summary>
    public KuraErrorKind Kind { get; }

    public static KuraException BadInput(string code, string message) => new(code, KuraErrorKind.BadInput, message);
    public static KuraException NotFound(string code, string message) => new(code, KuraErrorKind.NotFound, message);
    public static KuraException Conflict(string code, string message) => new(code, KuraErrorKind.Conflict, message);
    public static KuraException Policy(string code, string message) => new(code, KuraErrorKind.RefusedByPolicy, message);
    public static KuraException Privacy(string code, string message) => new(code, KuraErrorKind.RefusedByPrivacy, message);
    public static KuraException Internal(string code, string message, Exception? inner = null) => new(code, KuraErrorKind.Internal, message, inner);

    public override string ToString() => $"{Code} ({Kind}): {Message}";
}
