using System.CommandLine;
using System.Globalization;
using Kura.Core;
using Kura.Engine.Projects;
using Kura.Policy;
using Spectre.Console;

namespace Kura.Cli.Commands;

/// <summary><c>kura project request|step|approve|revoke|show|list</c>: the project workflow the policy drives.</summary>
public static class ProjectCommand
{
    public static Command Create(GlobalOptions globals)
    {
        var command = new Command("project", "Projects: a declared purpose, datasets, release kinds and privacy budget, decided by the policy and approved by stewards.");
        command.Subcommands.Add(Request(globals));
        command.Subcommands.Add(Step(globals));
        command.Subcommands.Add(Approve(globals));
        command.Subcommands.Add(Revoke(globals));
        command.Subcommands.Add(Show(globals));
        command.Subcommands.Add(List(globals));
        return command;
    }

    private static Command Request(GlobalOptions globals)
    {
        var name = new Argument<string>("NAME");
        var dataset = new Option<string[]>("--dataset") { Description = "Dataset the project uses (repeatable).", Required = true };
        var organization = new Option<string>("--organization") { Description = "The organisation that will receive releases.", Required = true };
        var purpose = new Option<string>("--purpose") { Description = $"Declared purpose: {string.Join(", ", PurposeNames.All)}.", Required = true };
        purpose.AcceptOnlyFromAmong([.. PurposeNames.All]);
        var epsilon = NumberOptions.Decimal("--epsilon", "Total privacy budget ε for the project.");
        var delta = NumberOptions.Decimal("--delta", "Total privacy budget δ (default 1e-6).", 0.000001m);
        var release = new Option<string[]>("--release") { Description = $"Release kinds, comma-separated or repeated: {string.Join(", ", PolicyVocabulary.ReleaseKinds)} (default dp-query).", AllowMultipleArgumentsPerToken = true };
        var columns = new Option<string[]>("--columns") { Description = "Columns requested (TABLE.COLUMN or COLUMN, comma-separated; default all).", AllowMultipleArgumentsPerToken = true };
        var justification = new Option<string?>("--justification") { Description = "Why the data is needed (shown to stewards)." };
        var health = new Option<string?>("--public-health-statement") { Description = "For health data: how the project contributes to public health." };
        var recipient = new Option<string>("--recipient")
        {
            Description = "third-party (default) or processor: an organisation handling the data for you under an entrustment contract (pseudonymized extracts may go only to a processor).",
            DefaultValueFactory = _ => "third-party",
        };
        recipient.AcceptOnlyFromAmong("third-party", "processor");
        var command = new Command("request", "Request a project; the policy decides at once and lists the steps stewards must record. Ineligible purposes are refused with the rule ids.")
        {
            name, dataset, organization, purpose, epsilon, delta, release, columns, justification, health, recipient,
        };
        command.Aliases.Add("create");
        command.SetEngineAction(globals, (context, engine) =>
        {
            var review = engine.RequestProject(new ProjectRequest(context.Value(name), context.Value(organization),
                PurposeNames.Parse(context.Value(purpose)), context.Value(dataset), new PrivacyBudget(context.Value(epsilon), context.Value(delta)),
                ParseKinds(Split(context.Result.GetValue(release))), Split(context.Result.GetValue(columns)) is { Count: > 0 } c ? c : null,
                context.Result.GetValue(justification), context.Result.GetValue(health), RecipientNames.Parse(context.Value(recipient))));
            context.Report(ProjectReviewView.From(review), () => RenderRequest(context.Out, review));
            return review.Refused ? (int)KuraErrorKind.RefusedByPolicy : 0;
        });
        return command;
    }

    private static Command Step(GlobalOptions globals)
    {
        var name = new Argument<string>("NAME");
        var done = new Option<string>("--done") { Description = "The step done, e.g. written-agreement, publish-notice, risk-attestation, best-interests-assessment.", Required = true };
        var evidence = new Option<string>("--evidence") { Description = "What proves it (contract number, document, URL).", Required = true };
        var value = new Option<string?>("--value") { Description = "The step's result where it has one: positive|negative for an assessment, days for an advance notice." };
        var steward = new Option<string>("--steward") { Description = "Who records it (default: the current user).", DefaultValueFactory = _ => Environment.UserName };
        var command = new Command("step", "Record that a required step was done, with its evidence; the decision is re-evaluated.") { name, done, evidence, value, steward };
        command.SetEngineAction(globals, (context, engine) =>
        {
            var review = engine.RecordStep(context.Value(name), context.Value(done), context.Value(evidence), context.Value(steward), context.Result.GetValue(value));
            return context.Report(ProjectReviewView.From(review), () =>
            {
                context.Out.MarkupLine($"Step [bold]{context.Value(done).Esc()}[/] recorded for {review.Project.Name.Esc()} by {context.Value(steward).Esc()}.");
                RenderPending(context.Out, review);
            });
        });
        return command;
    }

    private static Command Approve(GlobalOptions globals)
    {
        var name = new Argument<string>("NAME");
        var steward = new Option<string>("--steward") { Description = "Who approves (default: the current user).", DefaultValueFactory = _ => Environment.UserName };
        var days = new Option<int?>("--expires-in-days") { Description = "Approval lifetime in days (default and maximum: the policy parameter approval.maxDays)." };
        var command = new Command("approve", "Approve a project as a steward. Approved only once every step is recorded; special-care or criminal data needs different stewards.")
        {
            name, steward, days,
        };
        command.SetEngineAction(globals, (context, engine) =>
        {
            var project = engine.ApproveProject(context.Value(name), context.Value(steward), context.Result.GetValue(days) is { } d ? TimeSpan.FromDays(d) : null);
            var review = engine.ReviewProject(project.Name);
            return context.Report(ProjectReviewView.From(review), () =>
            {
                if (project.Status == ProjectStatus.Approved)
                    context.Out.MarkupLine($"Project [bold]{project.Name.Esc()}[/] approved by {string.Join(", ", project.Approvals.Select(a => a.Steward)).Esc()} until {project.ExpiresAt:yyyy-MM-dd}.");
                else
                    context.Out.MarkupLine($"Approval by {context.Value(steward).Esc()} recorded for [bold]{project.Name.Esc()}[/]; a different steward must also approve.");
                RenderPending(context.Out, review);
            });
        });
        return command;
    }

    private static Command Revoke(GlobalOptions globals)
    {
        var name = new Argument<string>("NAME");
        var reason = new Option<string>("--reason") { Description = "Why (written to the ledger).", Required = true };
        var steward = new Option<string>("--steward") { Description = "Who revokes (default: the current user).", DefaultValueFactory = _ => Environment.UserName };
        var command = new Command("revoke", "Revoke a project: every further release for it stops at once.") { name, reason, steward };
        command.SetEngineAction(globals, (context, engine) =>
        {
            var project = engine.RevokeProject(context.Value(name), context.Value(steward), context.Value(reason));
            return context.Report(ProjectView.From(project), () =>
                context.Out.MarkupLine($"Project [bold]{project.Name.Esc()}[/] revoked; nothing more is released for it."));
        });
        return command;
    }

    private static Command Show(GlobalOptions globals)
    {
        var name = new Argument<string>("NAME");
        var command = new Command("show", "Show a project: purpose, datasets, budget, status, approvals and the policy's decision.") { name };
        command.SetEngineAction(globals, (context, engine) =>
        {
            var review = engine.ReviewProject(context.Value(name));
            return context.Report(ProjectReviewView.From(review), () =>
            {
                Render(context.Out, review.Project);
                DecisionRendering.Summary(context.Out, review.Decision);
            });
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

    private static void RenderRequest(IAnsiConsole console, ProjectReview review)
    {
        DecisionRendering.Summary(console, review.Decision);
        if (review.Refused)
            console.MarkupLine($"[red]Project {review.Project.Name.Esc()} is refused[/] ({string.Join(", ", review.RefusingRuleIds).Esc()}); it stays recorded as rejected. See [bold]kura policy explain --project {review.Project.Name.Esc()}[/].");
        else
            RenderPending(console, review);
    }

    private static void RenderPending(IAnsiConsole console, ProjectReview review)
    {
        var pending = review.Decision.PendingSteps;
        if (pending.Count == 0)
            console.MarkupLine(review.Project.Status == ProjectStatus.Approved ? "No step is pending." : $"No step is pending: a steward may approve with [bold]kura project approve {review.Project.Name.Esc()}[/].");
        else
            console.MarkupLine($"Pending: {string.Join(", ", pending.Select(s => s.Id)).Esc()}. {HowToComplete(review.Project.Name, pending.Select(s => s.Id).ToList()).Esc()}");
    }

    // Each kind of step has its own command: stewards' approvals, published notices, recorded evidence.
    private static string HowToComplete(string project, IReadOnlyList<string> pending)
    {
        var how = new List<string>();
        if (pending.Any(id => id is not ("two-stewards" or "publish-notice" or "publish-biometric-handling")))
            how.Add($"Record steps with 'kura project step {project} --done STEP --evidence \"…\"'");
        if (pending.Any(id => id is "publish-notice" or "publish-biometric-handling"))
            how.Add("Publish the notice with 'kura notice DATASET'");
        if (pending.Contains("two-stewards"))
            how.Add($"Stewards approve with 'kura project approve {project} --steward NAME' (two-stewards needs different ones)");
        return string.Join(". ", how) + ".";
    }

    private static void Render(IAnsiConsole console, Project p)
    {
        var grid = new Grid().AddColumn().AddColumn();
        grid.AddRow("project", p.Name.Esc());
        grid.AddRow("organisation", p.Organization.Esc());
        grid.AddRow("purpose", p.Purpose.ToName());
        grid.AddRow("datasets", string.Join(", ", p.Datasets).Esc());
        grid.AddRow("releases", string.Join(", ", (p.ReleaseKinds ?? []).Select(k => k.ToPolicyName())).Esc());
        grid.AddRow("budget", $"ε = {p.Budget.Epsilon.ToString(CultureInfo.InvariantCulture)}, δ = {p.Budget.Delta.ToString("G", CultureInfo.InvariantCulture)}");
        grid.AddRow("status", p.Status.ToString().ToLowerInvariant() + (p.ExpiresAt is { } x ? $" (until {x:yyyy-MM-dd})" : ""));
        foreach (var a in p.Approvals) grid.AddRow("approved by", $"{a.Steward.Esc()} at {a.At:yyyy-MM-dd HH:mm} UTC");
        console.Write(grid);
    }

    internal static IReadOnlyList<string> Split(string[]? values) =>
        [.. (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))];

    private static IReadOnlyList<ReleaseKind>? ParseKinds(IReadOnlyList<string> names) =>
        names.Count == 0 ? null : [.. names.Select(n => Enum.GetValues<ReleaseKind>().FirstOrDefault(k => k.ToPolicyName() == n, (ReleaseKind)(-1)) is var k && Enum.IsDefined(k)
            ? k : throw KuraException.BadInput("KURA-RELEASE-KIND-UNKNOWN", $"Unknown release kind '{n}'. Use: {string.Join(", ", PolicyVocabulary.ReleaseKinds)}."))];
}
