using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Kura.Cli;

/// <summary>Options for privacy parameters, which users write as 0.5, 1e-6 or 1E-9 alike.</summary>
public static class NumberOptions
{
    public static Option<decimal> Decimal(string name, string description, decimal? defaultValue = null)
    {
        var option = new Option<decimal>(name) { Description = description, CustomParser = Parse };
        if (defaultValue is { } d) option.DefaultValueFactory = _ => d;
        else option.Required = true;
        return option;
    }

    public static Option<decimal?> OptionalDecimal(string name, string description) =>
        new(name) { Description = description, CustomParser = r => Parse(r) };

    private static decimal Parse(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) return value;
        result.AddError($"'{text}' is not a number (examples: 0.5, 1e-6).");
        return 0;
    }
}
