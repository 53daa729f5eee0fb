using System.Globalization;
using Kura.Core;

namespace Kura.Policy;

/// <summary>Parses a parameter value typed on a command line (<c>kura policy set NAME VALUE</c>).</summary>
internal static class PolicyValueText
{
    public static PolicyValue Parse(ParameterType type, string text, string name)
    {
        var trimmed = text.Trim();
        PolicyValue? value = type switch
        {
            ParameterType.Integer when long.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => PolicyValue.Of(n),
            ParameterType.Boolean when trimmed is "true" or "false" => PolicyValue.Of(trimmed == "true"),
            ParameterType.Text when trimmed.Length > 0 => PolicyValue.Of(trimmed),
            ParameterType.TextList => PolicyValue.Of(trimmed.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)),
            ParameterType.Date when trimmed is "" or "null" => PolicyValue.Unset,
            ParameterType.Date when DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => PolicyValue.Of(d),
            _ => null,
        };
        return value ?? throw KuraException.BadInput("KURA-POLICY-VALUE-INVALID",
            $"'{text}' is not a valid {PolicyReader.TypeName(type)} for parameter '{name}'. " + Hint(type));
    }

    private static string Hint(ParameterType type) => type switch
    {
        ParameterType.Integer => "Give a whole number, for example 1000.",
        ParameterType.Boolean => "Give true or false.",
        ParameterType.Date => "Give a date as yyyy-MM-dd, or null to unset it.",
        ParameterType.TextList => "Give comma-separated items.",
        _ => "Give a non-empty text.",
    };
}
