namespace Kura.Privacy;

/// <summary>
/// A privacy parameter (ε, δ, ρ, σ², scale, sensitivity, bound) is outside its allowed range.
/// Kura.Privacy has no reference to Kura.Core, so callers translate this into a <c>KuraException</c>
/// using <see cref="Code"/>. Messages name the parameter and the allowed range, never data values.
/// </summary>
public sealed class PrivacyParameterException : ArgumentException
{
    /// <summary>The stable code of every parameter error raised by Kura.Privacy.</summary>
    public const string ParameterCode = "KURA-PRIVACY-PARAMETER";

    public PrivacyParameterException(string parameterName, string message)
        : base(message, parameterName)
    {
    }

    /// <summary>Stable machine-readable code: always <see cref="ParameterCode"/>.</summary>
    public string Code => ParameterCode;

    internal static void ThrowIf(bool condition, string parameterName, string message)
    {
        if (condition)
            throw new PrivacyParameterException(parameterName, message);
    }
}
