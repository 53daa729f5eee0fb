using System.CommandLine;
using Kura.Core;
using Kura.Engine;
using Kura.Engine.Intake;
using Spectre.Console;

namespace Kura.Cli.Commands;

/// <summary><c>kura import FILE --dataset NAME --table TABLE --person-key COLUMN</c>.</summary>
public static class ImportCommand
{
    public static Command Create(GlobalOptions globals)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "CSV/TSV (UTF-8 or Shift_JIS) or Parquet file to load." };
        var dataset = new Option<string>("--dataset") { Description = "Dataset to load into (created on first use).", Required = true };
        var table = new Option<string>("--table") { Description = "Table name within the dataset.", Required = true };
        var personKey = new Option<string>("--person-key") { Description = "Column identifying the person (the privacy unit), or @row if each row is a distinct person.", Required = true };
        var encoding = new Option<string>("--encoding") { Description = "Text encoding.", DefaultValueFactory = _ => "auto" };
        encoding.AcceptOnlyFromAmong("auto", "utf-8", "shift_jis");
        var delimiter = new Option<string?>("--delimiter") { Description = "Field delimiter: ',', ';', 'tab' (default: detected)." };
        var types = new Option<string[]>("--type") { Description = "Override an inferred type: COLUMN=text|integer|decimal|date|boolean (repeatable).", AllowMultipleArgumentsPerToken = false };
        var replace = new Option<bool>("--replace") { Description = "Replace the table if it exists." };
        var command = new Command("import", "Load a file into the vault, atomically; bad input is refused naming file, line and column.")
        {
            file, dataset, table, personKey, encoding, delimiter, types, replace,
        };
        command.SetEngineAction(globals, (context, engine) =>
        {
            var request = new ImportRequest(context.Value(file).FullName, context.Value(dataset), context.Value(table),
                PrivacyUnit.Parse(context.Value(personKey)), context.Value(encoding), ParseDelimiter(context.Value(delimiter)),
                ParseTypes(context.Result.GetValue(types) ?? []), context.Value(replace));
            var summary = RunWithProgress(context, engine, request);
            return context.Report(summary, () =>
            {
                context.Out.MarkupLine($"Imported [bold]{summary.Dataset.Esc()}.{summary.Table.Name.Esc()}[/]: {summary.Table.RowCount:N0} rows, {summary.Table.PersonCount:N0} persons ({summary.Encoding}).");
                context.Out.MarkupLine($"Next: classify the columns with [bold]kura classify {summary.Dataset.Esc()}[/].");
                foreach (var notice in summary.StewardNotices) context.Out.MarkupLine($"[yellow]steward notice:[/] {notice.Esc()}");
            });
        });
        return command;
    }

    private static ImportSummary RunWithProgress(CliContext context, KuraEngine engine, ImportRequest request)
    {
        if (context.Json || Console.IsErrorRedirected)
            return engine.Import(request);
        ImportSummary? summary = null;
        AnsiConsole.Progress().AutoClear(true).Start(ctx =>
        {
            var task = ctx.AddTask("Importing", maxValue: 1);
            summary = engine.Import(request, new Progress<ImportProgress>(p =>
            {
                task.Description = p.Stage;
                task.MaxValue = Math.Max(1, p.Total);
                task.Value = p.Done;
            }));
        });
        return summary!;
    }

    private static char? ParseDelimiter(string? text) => text switch
    {
        null or "" => null,
        "tab" or "\\t" or "\t" => '\t',
        { Length: 1 } => text[0],
        _ => throw KuraException.BadInput("KURA-DELIMITER-INVALID", $"--delimiter must be one character or 'tab' (got '{text}')."),
    };

    private static Dictionary<string, ColumnType> ParseTypes(string[] specs)
    {
        var map = new Dictionary<string, ColumnType>(StringComparer.OrdinalIgnoreCase);
        foreach (var spec in specs)
        {
            var eq = spec.LastIndexOf('=');
            if (eq <= 0 || !Enum.TryParse<ColumnType>(spec[(eq + 1)..], ignoreCase: true, out var type))
                throw KuraException.BadInput("KURA-TYPE-INVALID", $"--type '{spec}' is not COLUMN=text|integer|decimal|date|boolean.");
            map[spec[..eq]] = type;
        }
        return map;
    }
}
