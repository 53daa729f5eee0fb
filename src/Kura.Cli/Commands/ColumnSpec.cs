using Kura.Core;

namespace Kura.Cli.Commands;

/// <summary>Parses <c>TABLE.COLUMN=VALUE</c> arguments.</summary>
internal static class ColumnSpec
{
    public static (string Table, string Column, string Value) Parse(string spec, string form)
    {
        var eq = spec.IndexOf('=');
        var dot = eq > 0 ? spec.LastIndexOf('.', eq - 1) : -1;
        if (eq <= 0 || dot <= 0 || dot == eq - 1)
            throw KuraException.BadInput("KURA-SPEC-INVALID", $"'{spec}' is not of the form {form}.");
        return (spec[..dot], spec[(dot + 1)..eq], spec[(eq + 1)..]);
    }
}
