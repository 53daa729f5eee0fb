using System.CommandLine;
using System.Globalization;
using Kura.Core;
using Kura.Engine.Projects;
using Spectre.Console;

namespace Kura.Cli.Commands;

/// <summary><c>kura project create|approve|show|list</c>.</summary>
public static class ProjectCommand
{
    public static Command Create(GlobalOptions globals)
    {
        var command = new Command("project", "Projects: an organisation's declared purpose, datasets and privacy budget.");
        command.Subcommands.Add(CreateProject(globals));
        command.Subcommands.Add(Approve(globals));
        command.Subcommands.Add(Show(globals));
        command.Subcommands.Add(List(globals));
        return command;
    }

    private static Command CreateProject(GlobalOptions globals)
    {
        var name = new Argument<string>("NAME");
        var dataset = new Option<string[]>("--dataset") { Description = "Dataset the project uses (repeatable).", Required = true };
        var organization = new Option<string>("--organization") { Description = "The organisation that will receive releases.", Required = true };
        var purpose = new Option<string>("--purpose") { Description = $"Declared purpose: {string.Join(", ", PurposeNames.All)}.", Required = true };
        purpose.AcceptOnlyFromAmong([.. PurposeNames.All]);
        var epsilon = NumberOptions.Decimal("--epsilon", "Total privacy budget ε for the project.");
        var delta = NumberOptions.Decimal("--delta", "Total privacy budget δ (default 1e-6).", 0.000001m);
        var justification = new Option<string?>("--justification") { Description = "Why the data is needed (shown to stewards and in the register)." };
        var command = new Command("create", "Record a project request. Purposes individual-decision and marketing are recorded but can never be approved.")
        {
            name, dataset, organization, purpose, epsilon, delta, justification,
        };
        command.SetEngineAction(globals, (context, engine) =>
        {
            var project = engine.CreateProject(new ProjectRequest(context.Value(name), context.Value(organization),
                PurposeNames.Parse(context.Value(purpose)), context.Value(dataset), new PrivacyBudget(context.Value(epsilon), context.Value(delta)),
                Justification: context.Result.GetValue(justification)));
            return context.Report(ProjectView.From(project), () =>
                context.Out.MarkupLine($"Project [bold]{project.Name.Esc()}[/] requested. A steward approves it with [bold]kura project approve {project.Name.Esc()}[/]."));
        });
        return command;
    }

    private static Command Approve(GlobalOptions globals)
    {
        var name = new Argument<string>("NAME");
        var steward = new Option<string>("--steward") { Description = "Who approves (default: the current user).", DefaultValueFactory = _ => Environment.UserName };
        var days = new Option<int>("--expires-in-days") { Description = "Approval lifetime in days.", DefaultValueFactory = _ => 365 };
        var command = new Command("approve", "Approve a requested project (a steward act, recorded with time and actor).") { name, steward, days };
        command.SetEngineAction(globals, (context, engine) =>
        {
            var project = engine.ApproveProject(context.Value(name), context.Value(steward), TimeSpan.FromDays(context.Value(days)));
            return context.Report(ProjectView.From(project), () =>
                context.Out.MarkupLine($"Project [bold]{project.Name.Esc()}[/] approved by {context.Value(steward).Esc()} until {project.ExpiresAt:yyyy-MM-dd}."));
        });
        return command;
    }

    private static Command Show(GlobalOptions globals)
    {
        var name = new Argument<string>("NAME");
        var command = new Command("show", "Show a project: purpose, datasets, budget, status and approvals.") { name };
        command.SetEngineAction(globals, (context, engine) =>
        {
            var project = engine.ShowProject(context.Value(name));
            return context.Report(ProjectView.From(project), () => Render(context.Out, project));
        });
        return command;
    }

    private static Command List(GlobalOptions globals)
    {
        var command = new Command("list", "List projects.");
        command.SetEngineAction(globals, (context, engine) =>
        {
            var projects = engine.ListProjects();
            return context.Report(projects.Select(ProjectView.From), () =>
            {
                var table = new Table().AddColumns("project", "organisation", "purpose", "status", "budget ε", "budget δ");
                foreach (var p in projects)
                    table.AddRow(p.Name.Esc(), p.Organization.Esc(), p.Purpose.ToName(), p.Status.ToString().ToLowerInvariant(),
                        p.Budget.Epsilon.ToString(CultureInfo.InvariantCulture), p.Budget.Delta.ToString("G", CultureInfo.InvariantCulture));
                context.Out.Write(table);
            });
        });
        return command;
    }

    private static void Render(IAnsiConsole console, Project p)
    {
        var grid = new Grid().AddColumn().AddColumn();
        grid.AddRow("project", p.Name.Esc());
        grid.AddRow("organisation", p.Organization.Esc());
        grid.AddRow("purpose", p.Purpose.ToName());
        grid.AddRow("datasets", string.Join(", ", p.Datasets).Esc());
        grid.AddRow("budget", $"ε = {p.Budget.Epsilon.ToString(CultureInfo.InvariantCulture)}, δ = {p.Budget.Delta.ToString("G", CultureInfo.InvariantCulture)}");
        grid.AddRow("status", p.Status.ToString().ToLowerInvariant() + (p.ExpiresAt is { } x ? $" (until {x:yyyy-MM-dd})" : ""));
        foreach (var a in p.Approvals) grid.AddRow("approved by", $"{a.Steward.Esc()} at {a.At:yyyy-MM-dd HH:mm} UTC");
        console.Write(grid);
    }
}
