using System.CommandLine;
using Kura.Engine.Policy;
using Kura.Policy;
using Spectre.Console;

namespace Kura.Cli.Commands;

/// <summary><c>kura policy show|explain|set|regime|load|declare|ages|facial-consent</c>: the law as code.</summary>
public static class PolicyCommand
{
    public static Command Create(GlobalOptions globals)
    {
        var command = new Command("policy", "The rule file Kura applies: which regime is in force, every parameter and its source, decisions explained.");
        command.Subcommands.Add(Show(globals));
        command.Subcommands.Add(Explain(globals));
        command.Subcommands.Add(Set(globals));
        command.Subcommands.Add(Regime(globals));
        command.Subcommands.Add(Load(globals));
        command.Subcommands.Add(Declare(globals));
        command.Subcommands.Add(PolicyAgesCommand.Ages(globals));
        command.Subcommands.Add(FacialConsent(globals));
        return command;
    }

    private static Command Show(GlobalOptions globals)
    {
        var command = new Command("show", "Show the policy in force: regime and since when, version and hash, every parameter's value and source, history.");
        command.SetEngineAction(globals, (context, engine) =>
        {
            var status = engine.PolicyStatus();
            context.Report(PolicyStatusView.From(status), () => PolicyRendering.Status(context.Out, status));
            return status.FileProblem is null ? 0 : 2;
        });
        return command;
    }

    private static Command Explain(GlobalOptions globals)
    {
        var project = new Option<string>("--project") { Description = "The project whose decision to explain.", Required = true };
        var lang = new Option<string>("--lang") { Description = "ja, en or both (default both).", DefaultValueFactory = _ => "both" };
        lang.AcceptOnlyFromAmong("ja", "en", "both");
        var command = new Command("explain", "Explain a project's decision in plain Japanese and English: every rule that fired, the evidence, the parameters, the steps.")
        {
            project, lang,
        };
        command.SetEngineAction(globals, (context, engine) =>
        {
            var decision = engine.ReviewProject(context.Value(project)).Decision;
            var text = context.Value(lang) switch
            {
                "ja" => DecisionExplainer.Japanese(decision),
                "en" => DecisionExplainer.English(decision),
                _ => DecisionExplainer.Explain(decision),
            };
            return context.Report(decision, () => Console.Out.Write(text));
        });
        return command;
    }

    private static Command Set(GlobalOptions globals)
    {
        var assignment = new Argument<string>("PARAM=VALUE") { Description = "For example child.consentAge=16, appi2026.effectiveDate=2028-04-01, breach.noticeWaiverCategories=InternalId." };
        var source = new Option<string?>("--source") { Description = "Where the new value comes from (ordinance, PPC rule); shown by 'kura policy show'." };
        var command = new Command("set", "Set a parameter's value in the home's policy file; validated, and recorded in the ledger with the old and new hash.") { assignment, source };
        command.SetEngineAction(globals, (context, engine) =>
        {
            var text = context.Value(assignment);
            var eq = text.IndexOf('=');
            if (eq <= 0)
                throw Kura.Core.KuraException.BadInput("KURA-POLICY-SET", $"'{text}' is not PARAM=VALUE. See 'kura policy show' for the parameters.");
            var before = engine.PolicyStatus().Adopted.Hash;
            var status = engine.SetPolicyParameter(text[..eq].Trim(), text[(eq + 1)..].Trim(), context.Result.GetValue(source));
            return context.Report(PolicyStatusView.From(status), () =>
                context.Out.MarkupLine($"{text[..eq].Trim().Esc()} = {status.Active.Parameter(text[..eq].Trim()).Current.ToString().Esc()}; policy {before[..12]} → {status.Adopted.Hash[..12]}. {status.Regime.Explanation.En.Esc()}"));
        });
        return command;
    }

    private static Command Regime(GlobalOptions globals)
    {
        var regime = new Argument<string>("REGIME") { Description = $"{string.Join(" or ", PolicyVocabulary.Regimes)}." };
        var command = new Command("regime", "Select the regime; it applies from its effective date (appi-2026 waits for appi2026.effectiveDate).") { regime };
        command.SetEngineAction(globals, (context, engine) =>
        {
            var status = engine.SelectRegime(context.Value(regime));
            return context.Report(PolicyStatusView.From(status), () =>
                context.Out.MarkupLine($"{status.Regime.Explanation.En.Esc()}\n{status.Regime.Explanation.Ja.Esc()}"));
        });
        return command;
    }

    private static Command Load(GlobalOptions globals)
    {
        var file = new Argument<string>("FILE") { Description = "A policy file (YAML). A malformed file is refused with its line and problem; nothing changes." };
        var steward = new Option<string>("--steward") { Description = "The steward adopting the file; recorded in the ledger with the rules it adds, removes and changes.", Required = true };
        var allowRemoving = new Option<string[]>("--allow-removing") { Description = "A shipped rule id the file may drop (repeatable); without it such a file is refused.", AllowMultipleArgumentsPerToken = true };
        var command = new Command("load", "Install a policy file into the home after validating it (also how a hand-edited home file is adopted).") { file, steward, allowRemoving };
        command.SetEngineAction(globals, (context, engine) =>
        {
            var path = context.Value(file);
            var status = engine.LoadPolicy(File.ReadAllText(path), path, context.Value(steward), context.Result.GetValue(allowRemoving) ?? []);
            return context.Report(PolicyStatusView.From(status), () =>
                context.Out.MarkupLine($"Policy {status.Active.Version.Esc()} (sha256 {status.Adopted.Hash[..12]}) is now in force ({status.Adopted.Change.Esc()}). {status.Regime.Explanation.En.Esc()}"));
        });
        return command;
    }

    private static Command Declare(GlobalOptions globals)
    {
        var dataset = new Argument<string>("DATASET");
        var category = new Option<string[]>("--category") { Description = $"Data category of the whole dataset (repeatable): {string.Join(", ", PolicyVocabulary.Categories)}. None (and no age option) clears.", AllowMultipleArgumentsPerToken = true };
        var ages = new PolicyAgesCommand();
        var command = new Command("declare", "Declare what the data cannot show: data categories (e.g. Health for hospital records) and whether its subjects may be minors.") { dataset, category };
        foreach (var option in ages.All) command.Options.Add(option);
        command.SetEngineAction(globals, (context, engine) =>
        {
            var name = context.Value(dataset);
            var categories = context.Result.GetValue(category);
            // Declaring ages alone leaves the categories as they were; a bare 'declare DATASET' clears them.
            var declared = categories is { Length: > 0 } || !ages.Given(context.Result) ? engine.DeclareCategories(name, ProjectCommand.Split(categories)) : null;
            var review = ages.Given(context.Result) ? ages.Declare(context, engine, name) : null;
            return context.Report(review is null ? declared! : new { categories = declared, subjectAges = review }, () =>
            {
                if (declared is not null)
                    context.Out.MarkupLine($"{name.Esc()}: declared categories {(declared.Count == 0 ? "(none)" : string.Join(", ", declared)).Esc()}.");
                if (review is not null) PolicyAgesCommand.Render(context.Out, review);
            });
        });
        return command;
    }

    private static Command FacialConsent(GlobalOptions globals)
    {
        var dataset = new Argument<string>("DATASET");
        var column = new Argument<string>("TABLE.COLUMN") { Description = "The facial table's column recording the legal representative's consent." };
        var command = new Command("facial-consent", "Declare the column recording legal-representative consent for children's facial data.") { dataset, column };
        command.SetEngineAction(globals, (context, engine) =>
        {
            var declared = engine.DeclareFacialConsent(context.Value(dataset), context.Value(column));
            var exclusions = engine.ExclusionsOf(context.Value(dataset));
            return context.Report(new { declared, exclusions }, () =>
                context.Out.MarkupLine($"Consent for {declared.Table.Esc()} is read from {declared.Column.Esc()}. Now excluded from every release (steward view, exact counts): " +
                    $"{exclusions.MinorsWithoutConsent:N0} children without consent, {exclusions.Objectors:N0} objectors ({exclusions.Total:N0} persons)."));
        });
        return command;
    }
}
