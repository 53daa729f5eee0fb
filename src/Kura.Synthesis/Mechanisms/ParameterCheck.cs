using Kura.Privacy;

namespace Kura.Synthesis.Mechanisms;

/// <summary>Raises <see cref="PrivacyParameterException"/> (code KURA-PRIVACY-PARAMETER) for out-of-range privacy parameters.</summary>
internal static class ParameterCheck
{
    public static void ThrowIf(bool condition, string parameterName, string message)
    {
        if (condition)
            throw new PrivacyParameterException(parameterName, message);
    }
}
