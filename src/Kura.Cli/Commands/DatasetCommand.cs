using System.CommandLine;
using System.Globalization;
using Kura.Core;
using Spectre.Console;

namespace Kura.Cli.Commands;

/// <summary><c>kura dataset list|show|bounds|domain|rows-per-person</c>. Never prints values of any column.</summary>
public static class DatasetCommand
{
    public static Command Create(GlobalOptions globals)
    {
        var command = new Command("dataset", "Inspect datasets and declare the public metadata DP needs (bounds, domains, rows per person).");
        command.Subcommands.Add(List(globals));
        command.Subcommands.Add(Show(globals));
        command.Subcommands.Add(Bounds(globals));
        command.Subcommands.Add(Domain(globals));
        command.Subcommands.Add(RowsPerPerson(globals));
        command.Subcommands.Add(Budget(globals));
        return command;
    }

    private static Command List(GlobalOptions globals)
    {
        var command = new Command("list", "List datasets with their tables, rows and persons.");
        command.SetEngineAction(globals, (context, engine) =>
        {
            var datasets = engine.ListDatasets();
            return context.Report(datasets.Select(DatasetView.From), () =>
            {
                if (datasets.Count == 0) { context.Out.MarkupLine("No datasets yet. Load one with [bold]kura import[/]."); return; }
                var table = new Table().AddColumns("dataset", "privacy unit", "tables", "rows");
                foreach (var d in datasets)
                    table.AddRow(d.Name.Esc(), d.Unit.ToString().Esc(), string.Join(", ", d.Tables.Select(t => t.Name)).Esc(),
                        d.Tables.Sum(t => t.RowCount).ToString("N0", CultureInfo.InvariantCulture));
                context.Out.Write(table);
            });
        });
        return command;
    }

    private static Command Show(GlobalOptions globals)
    {
        var name = new Argument<string>("NAME") { Description = "Dataset name." };
        var command = new Command("show", "Show a dataset's tables, rows, distinct persons, and columns with type and class.") { name };
        command.SetEngineAction(globals, (context, engine) =>
        {
            var dataset = engine.ShowDataset(context.Value(name));
            return context.Report(DatasetView.From(dataset), () => Render(context.Out, dataset));
        });
        return command;
    }

    private static void Render(IAnsiConsole console, Dataset dataset)
    {
        console.MarkupLine($"[bold]{dataset.Name.Esc()}[/]  privacy unit: [bold]{dataset.Unit.ToString().Esc()}[/]");
        foreach (var t in dataset.Tables)
        {
            var table = new Table().Title($"{t.Name} — {t.RowCount:N0} rows, {t.PersonCount:N0} persons, ≤ {t.MaxRowsPerPerson} rows/person in DP queries".Esc())
                .AddColumns("column", "type", "class", "confirmed", "bounds", "public domain");
            foreach (var c in t.Columns)
                table.AddRow(c.Name.Esc(), c.Type.ToString().ToLowerInvariant(), (c.Class.ToName() + (c.IsSubjectAge ? " (subject age)" : "")).Esc(),
                    c.ClassConfirmed ? "yes" : "no", c.Bounds?.ToString() ?? "",
                    c.PublicDomain is null ? "" : $"{c.PublicDomain.Count} values");
            console.Write(table);
        }
    }

    private static Command Bounds(GlobalOptions globals)
    {
        var name = new Argument<string>("DATASET");
        var spec = new Argument<string>("TABLE.COLUMN=LOW:HIGH") { Description = "Declared clamp bounds, e.g. claims.cost=0:500000. Public knowledge, not read off the data." };
        var command = new Command("bounds", "Declare clamp bounds for a numeric column so SUM/AVG/quantiles can be released.") { name, spec };
        command.SetEngineAction(globals, (context, engine) =>
        {
            var (table, column, value) = ColumnSpec.Parse(context.Value(spec), "TABLE.COLUMN=LOW:HIGH");
            var parts = value.Split(':');
            if (parts.Length != 2 || !decimal.TryParse(parts[0], CultureInfo.InvariantCulture, out var low) || !decimal.TryParse(parts[1], CultureInfo.InvariantCulture, out var high))
                throw KuraException.BadInput("KURA-BOUNDS-INVALID", $"Bounds '{value}' are not LOW:HIGH numbers, e.g. 0:500000.");
            var updated = engine.DeclareBounds(context.Value(name), table, column, new ValueBounds(low, high));
            return context.Report(new { table, column, lower = low, upper = high },
                () => context.Out.MarkupLine($"{table.Esc()}.{updated.Name.Esc()} bounds set to [bold]{low}:{high}[/]."));
        });
        return command;
    }

    private static Command Domain(GlobalOptions globals)
    {
        var name = new Argument<string>("DATASET");
        var spec = new Argument<string>("TABLE.COLUMN=V1,V2,…") { Description = "The column's public set of values (e.g. patients.sex=M,F)." };
        var command = new Command("domain", "Declare a column's public domain so its values are released as group keys without partition selection.") { name, spec };
        command.SetEngineAction(globals, (context, engine) =>
        {
            var (table, column, value) = ColumnSpec.Parse(context.Value(spec), "TABLE.COLUMN=V1,V2,…");
            var values = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var updated = engine.DeclareDomain(context.Value(name), table, column, values);
            return context.Report(new { table, column, domain = updated.PublicDomain },
                () => context.Out.MarkupLine($"{table.Esc()}.{column.Esc()} public domain set ({updated.PublicDomain!.Count} values)."));
        });
        return command;
    }

    private static Command Budget(GlobalOptions globals)
    {
        var name = new Argument<string>("DATASET");
        var epsilon = NumberOptions.OptionalDecimal("--epsilon", "Set the total ε all projects together may spend on this dataset.");
        var delta = NumberOptions.OptionalDecimal("--delta", "Set the total δ (with --epsilon).");
        var command = new Command("budget", $"Show or set the dataset's budget: what all projects together may spend on its persons (default ε = {Engine.KuraEngine.DefaultDatasetBudget.Epsilon}, δ = {Engine.KuraEngine.DefaultDatasetBudget.Delta:G}).")
        {
            name, epsilon, delta,
        };
        command.SetEngineAction(globals, (context, engine) =>
        {
            var dataset = context.Value(name);
            if (context.Result.GetValue(epsilon) is { } e)
                engine.SetDatasetBudget(dataset, new PrivacyBudget(e, context.Result.GetValue(delta) ?? engine.DatasetBudgetOf(dataset).Delta));
            var (budget, spent, epsilonSpent) = engine.DatasetSpend(dataset);
            return context.Report(new { dataset, budgetEpsilon = budget.Epsilon, budgetDelta = budget.Delta, epsilonSpent = epsilonSpent?.ToDecimalString(6), rho = spent.Rho.ToString(), delta = spent.Delta.ToString(), pureEpsilon = spent.PureEpsilon.ToString() },
                () => context.Out.MarkupLine($"{dataset.Esc()}: budget ε = {budget.Epsilon}, δ = {budget.Delta:G}; all projects together have spent ε ≈ {epsilonSpent?.ToDecimalString(4) ?? "—"}"));
        });
        return command;
    }

    private static Command RowsPerPerson(GlobalOptions globals)
    {
        var name = new Argument<string>("DATASET");
        var spec = new Argument<string>("TABLE=N") { Description = "Default cap of rows per person in DP queries, e.g. claims=20." };
        var command = new Command("rows-per-person", "Set a table's default cap of rows per person for DP contribution bounding.") { name, spec };
        command.SetEngineAction(globals, (context, engine) =>
        {
            var text = context.Value(spec);
            var eq = text.IndexOf('=');
            if (eq <= 0 || !int.TryParse(text[(eq + 1)..], CultureInfo.InvariantCulture, out var cap))
                throw KuraException.BadInput("KURA-BOUND-INVALID", $"'{text}' is not TABLE=N.");
            engine.SetMaxRowsPerPerson(context.Value(name), text[..eq], cap);
            return context.Report(new { table = text[..eq], maxRowsPerPerson = cap },
                () => context.Out.MarkupLine($"{text[..eq].Esc()}: at most [bold]{cap}[/] rows per person in DP queries."));
        });
        return command;
    }
}
