using System.CommandLine;
using Kura.Core;
using Spectre.Console;

namespace Kura.Cli.Commands;

/// <summary><c>kura classify DATASET [--set COLUMN=CLASS] [--accept]</c>.</summary>
public static class ClassifyCommand
{
    public static Command Create(GlobalOptions globals)
    {
        var dataset = new Argument<string>("DATASET");
        var set = new Option<string[]>("--set") { Description = $"Set a column's class (a steward act): [TABLE.]COLUMN=CLASS, CLASS one of {string.Join(", ", ColumnClassNames.All)} (repeatable)." };
        var accept = new Option<bool>("--accept") { Description = "Accept every proposal as confirmed (steward)." };
        var command = new Command("classify", "Propose an APPI class for every column from its name and values; a steward confirms or overrides.") { dataset, set, accept };
        command.SetEngineAction(globals, (context, engine) =>
        {
            var name = context.Value(dataset);
            var specs = context.Result.GetValue(set) ?? [];
            if (specs.Length > 0)
            {
                var updated = specs.Select(spec => Set(engine, name, spec)).ToList();
                return context.Report(updated, () =>
                {
                    foreach (var c in updated) context.Out.MarkupLine($"{c.Name.Esc()} → [bold]{c.Class.ToName()}[/] (confirmed)");
                });
            }
            var results = engine.Classify(name, context.Value(accept));
            return context.Report(results.Select(r => new
            {
                table = r.Table, column = r.Column.Name, proposed = r.Proposed.ToName(), subjectAge = r.ProposedSubjectAge,
                recorded = r.Column.Class.ToName(), confirmed = r.Column.ClassConfirmed, r.Confidence, r.Reason,
            }), () =>
            {
                var table = new Table().AddColumns("table", "column", "proposed class", "confidence", "recorded", "why");
                foreach (var r in results)
                    table.AddRow(r.Table.Esc(), r.Column.Name.Esc(), (r.Proposed.ToName() + (r.ProposedSubjectAge ? " (age)" : "")).Esc(),
                        r.Confidence.ToString("0.00"), (r.Column.Class.ToName() + (r.Column.ClassConfirmed ? " ✓" : "")).Esc(), r.Reason.Esc());
                context.Out.Write(table);
                if (!results.All(r => r.Column.ClassConfirmed))
                    context.Out.MarkupLine($"Confirm with [bold]kura classify {name.Esc()} --accept[/] or override with [bold]--set TABLE.COLUMN=CLASS[/].");
            });
        });
        return command;
    }

    private static Column Set(Engine.KuraEngine engine, string dataset, string spec)
    {
        var eq = spec.LastIndexOf('=');
        if (eq <= 0) throw KuraException.BadInput("KURA-SPEC-INVALID", $"--set '{spec}' is not [TABLE.]COLUMN=CLASS.");
        return engine.SetColumnClass(dataset, spec[..eq], ColumnClassNames.Parse(spec[(eq + 1)..]));
    }
}
