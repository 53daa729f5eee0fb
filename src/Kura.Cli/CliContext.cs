using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Kura.Engine;
using Spectre.Console;

namespace Kura.Cli;

/// <summary>What a command body needs: its parsed values, the home, and the output mode.</summary>
public sealed class CliContext(ParseResult result, GlobalOptions globals)
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public ParseResult Result { get; } = result;

    public KuraHome Home { get; } = globals.ResolveHome(result);

    public bool Json { get; } = result.GetValue(globals.Json);

    public IAnsiConsole Out { get; } = AnsiConsole.Console;

    public T Value<T>(Option<T> option) => Result.GetValue(option)!;

    public T Value<T>(Argument<T> argument) => Result.GetValue(argument)!;

    /// <summary>Prints <paramref name="model"/> as JSON with --json, else runs the human rendering.</summary>
    public int Report(object model, Action human)
    {
        if (Json) Console.Out.WriteLine(JsonSerializer.Serialize(model, JsonOptions));
        else human();
        return 0;
    }
}
