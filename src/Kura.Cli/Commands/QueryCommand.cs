using System.CommandLine;
using System.Globalization;
using Kura.Engine.Queries;
using Kura.Sql;
using Kura.Sql.Release;
using Spectre.Console;

namespace Kura.Cli.Commands;

/// <summary><c>kura query --project P --epsilon E --sql "…"</c>: a differentially private answer, paid from the project's budget.</summary>
public static class QueryCommand
{
    public static Command Create(GlobalOptions globals)
    {
        var project = new Option<string>("--project") { Description = "Approved project paying for the query.", Required = true };
        var epsilon = NumberOptions.Decimal("--epsilon", "ε this query spends (zCDP: ρ = ε²/2; --pure: ε-DP with discrete Laplace).");
        var sql = new Option<string>("--sql") { Description = "Aggregate SQL, e.g. SELECT sex, COUNT(*) FROM patients GROUP BY sex.", Required = true };
        var dataset = new Option<string?>("--dataset") { Description = "Dataset to query when the project has several." };
        var pure = new Option<bool>("--pure") { Description = "Pure ε-DP with discrete Laplace noise instead of zCDP with discrete Gaussian." };
        var rows = new Option<int?>("--max-rows-per-person") { Description = "Rows kept per person and table (default: each table's declared cap)." };
        var groups = new Option<int?>("--max-groups-per-person") { Description = "Groups per person for person-count queries." };
        var delta = NumberOptions.OptionalDecimal("--partition-delta", "δ for releasing group keys without a public domain (default: the smaller of 1e-7 and a tenth of the project's δ).");
        var command = new Command("query", "Answer an aggregate SQL query with differential privacy; prints each noisy value with its 95% interval and the budget left.")
        {
            project, epsilon, sql, dataset, pure, rows, groups, delta,
        };
        command.SetEngineAction(globals, (context, engine) =>
        {
            var options = new BoundingOptions
            {
                Epsilon = context.Value(epsilon),
                Mode = context.Value(pure) ? PrivacyMode.PureEpsilon : PrivacyMode.Zcdp,
                MaxRowsPerPerson = context.Result.GetValue(rows),
                MaxGroupsPerPerson = context.Result.GetValue(groups),
            };
            if (context.Result.GetValue(delta) is { } d) options = options with { PartitionDelta = d };
            var outcome = engine.Query(new QueryRequest(context.Value(project), context.Value(sql), options, context.Result.GetValue(dataset)));
            return context.Report(QueryView.From(outcome), () => Render(context.Out, outcome));
        });
        return command;
    }

    internal static void Render(IAnsiConsole console, QueryOutcome outcome)
    {
        var table = new Table();
        foreach (var c in outcome.Result.Columns) table.AddColumn(c.IsGroupKey ? c.Name.Esc() : $"{c.Name.Esc()} (95% CI)");
        foreach (var row in outcome.Result.Rows)
            table.AddRow(row.Cells.Select(Cell).ToArray());
        console.Write(table);
        var b = outcome.Budget;
        console.MarkupLine($"spent ε ≈ {outcome.EpsilonSpent} (δ {outcome.Result.Spent.Delta.ToDouble().ToString("G3", CultureInfo.InvariantCulture)}) · " +
            $"project {b.Project}: spent ε ≈ {b.EpsilonSpent?.ToDecimalString(3) ?? "—"} of {b.Limit.Epsilon.ToDecimalString(3)}, left ε ≈ {b.RemainingEpsilon.ToDecimalString(3)} · ledger entry {outcome.LedgerSequence}".Esc());
    }

    private static string Cell(DpCell cell) => cell.Estimate is { } e
        ? $"{Format(e.Value)} [grey]({Format(e.Lower)} … {Format(e.Upper)})[/]"
        : (cell.Key ?? "NULL").Esc();

    private static string Format(decimal v) => Math.Abs(v) >= 100 ? v.ToString("N0", CultureInfo.InvariantCulture) : v.ToString("0.##", CultureInfo.InvariantCulture);
}
