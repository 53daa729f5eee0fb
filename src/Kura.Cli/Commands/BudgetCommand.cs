using System.CommandLine;
using Spectre.Console;

namespace Kura.Cli.Commands;

/// <summary><c>kura budget PROJECT</c>: what a project has spent and has left, and what its datasets have left.</summary>
public static class BudgetCommand
{
    public static Command Create(GlobalOptions globals)
    {
        var project = new Argument<string>("PROJECT");
        var command = new Command("budget", "Show a project's privacy budget: exact cost spent (ρ, δ, pure ε), ε spent and left at its δ, and each dataset's remaining budget.") { project };
        command.SetEngineAction(globals, (context, engine) =>
        {
            var status = engine.BudgetOf(context.Value(project));
            var datasets = engine.ShowProject(status.Project).Datasets.Select(d => (Name: d, Spend: engine.DatasetSpend(d))).ToList();
            return context.Report(new
            {
                project = status.Project,
                budgetEpsilon = status.Limit.Epsilon.ToDecimalString(6),
                budgetDelta = status.Limit.Delta.ToString(),
                spent = new { rho = status.Spent.Rho.ToString(), delta = status.Spent.Delta.ToString(), pureEpsilon = status.Spent.PureEpsilon.ToString() },
                epsilonSpent = status.EpsilonSpent?.ToDecimalString(6),
                epsilonRemaining = status.RemainingEpsilon.ToDecimalString(6),
                datasets = datasets.Select(d => new { dataset = d.Name, budgetEpsilon = d.Spend.Budget.Epsilon, budgetDelta = d.Spend.Budget.Delta, epsilonSpent = d.Spend.EpsilonSpent?.ToDecimalString(6) }),
            }, () =>
            {
                var grid = new Grid().AddColumn().AddColumn();
                grid.AddRow("project", status.Project.Esc());
                grid.AddRow("budget", $"ε = {status.Limit.Epsilon.ToDecimalString(4)}, δ = {status.Limit.Delta.ToDouble():G3}");
                grid.AddRow("spent (exact)", $"ρ = {status.Spent.Rho}, δ = {status.Spent.Delta}, pure ε = {status.Spent.PureEpsilon}".Esc());
                grid.AddRow("ε spent / left", $"{status.EpsilonSpent?.ToDecimalString(4) ?? "—"} / {status.RemainingEpsilon.ToDecimalString(4)}");
                foreach (var d in datasets)
                    grid.AddRow($"dataset {d.Name}".Esc(), $"all projects: ε ≈ {d.Spend.EpsilonSpent?.ToDecimalString(4) ?? "—"} of {d.Spend.Budget.Epsilon}");
                context.Out.Write(grid);
            });
        });
        return command;
    }
}
