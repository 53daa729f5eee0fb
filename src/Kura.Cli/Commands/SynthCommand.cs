using System.CommandLine;
using Kura.Core;
using Kura.Engine;
using Kura.Engine.Synthesis;
using Spectre.Console;

namespace Kura.Cli.Commands;

/// <summary>
/// <c>kura synth --project P --epsilon E --rows N --out FILE …</c>: a differentially private synthetic table with its
/// manifest and utility report; <c>kura synth domain DATASET TABLE.COLUMN=…</c> stores a column's public domain.
/// </summary>
public static class SynthCommand
{
    /// <summary>Suffix of the utility report written beside the synthetic file.</summary>
    public const string UtilitySuffix = ".utility.json";

    public static Command Create(GlobalOptions globals)
    {
        var o = new SynthOptions();
        var command = new Command("synth",
            "Release a differentially private synthetic table (MST or AIM over declared public domains), paid once from the project's budget, " +
            "with a manifest and a utility report (marginal TVD, classifier accuracy) written beside the file.");
        o.AddTo(command);
        command.Subcommands.Add(Domain(globals));
        command.SetEngineAction(globals, (context, engine) =>
        {
            var request = o.Request(context);
            CheckUtilityTarget(request.OutputPath);
            var outcome = Run(context, engine, request);
            var utilityPath = WriteUtility(outcome);
            return context.Report(SynthView.From(outcome, utilityPath), () => SynthReport.Render(context.Out, outcome, utilityPath));
        });
        return command;
    }

    /// <summary>Writes <c>&lt;file&gt;.utility.json</c> (the report the manifest also holds) and returns its path.</summary>
    internal static string WriteUtility(SyntheticOutcome outcome)
    {
        var path = outcome.OutputPath + UtilitySuffix;
        File.WriteAllText(path, outcome.UtilityJson + "\n");
        return path;
    }

    // Refused before the engine runs, so an existing report is never overwritten and nothing is spent.
    private static void CheckUtilityTarget(string output)
    {
        if (File.Exists(Path.GetFullPath(output) + UtilitySuffix))
            throw KuraException.Conflict("KURA-SYNTH-OUT-EXISTS", $"'{output}{UtilitySuffix}' already exists; Kura never overwrites a released report. Choose another --out.");
    }

    private static SyntheticOutcome Run(CliContext context, KuraEngine engine, SyntheticRequest request)
    {
        if (context.Json || Console.IsErrorRedirected) return engine.Synthesize(request);
        SyntheticOutcome? outcome = null;
        AnsiConsole.Status().Start("Checking the project, the domains and the budget", status =>
            outcome = engine.Synthesize(request, new Progress<string>(stage => status.Status(Stage(stage)))));
        return outcome!;
    }

    private static string Stage(string stage) => stage switch
    {
        "reading" => "Reading rows through the release views (exclusions applied)",
        "synthesising" => "Measuring noisy marginals, fitting the model, sampling rows",
        "evaluating" => "Evaluating utility (marginal TVD, classifier on held-out rows)",
        "writing" => "Writing the synthetic file",
        "recording" => "Recording the release in the ledger",
        _ => stage,
    };

    private static Command Domain(GlobalOptions globals)
    {
        var dataset = new Argument<string>("DATASET") { Description = "Dataset name." };
        var specs = new Argument<string[]>("TABLE.COLUMN=SPEC")
        {
            Description = "SPEC is V1,V2,… (values), @FILE (a hierarchy file's first field) or LOW:HIGH:WIDTH (numeric bins). None: list the stored domains.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("domain", "Store the public synthesis domain of dataset columns once, so later runs need no --domain/--bins (a steward act, ledgered).") { dataset, specs };
        command.SetEngineAction(globals, (context, engine) =>
        {
            var name = context.Value(dataset);
            foreach (var spec in context.Result.GetValue(specs) ?? [])
            {
                var (table, column, value) = ColumnSpec.Parse(spec, "TABLE.COLUMN=V1,V2,… | @FILE | LOW:HIGH:WIDTH");
                engine.DeclareSynthesisDomain(name, table, column, Declaration(column, value));
            }
            var stored = engine.SynthesisDomainsOf(name);
            return context.Report(stored.Select(s => new { s.Table, s.Column, kind = s.Domain.Kind, bins = s.Domain.Bins, values = s.Domain.Values }), () =>
            {
                var table = new Table().AddColumns("table", "column", "synthesis domain");
                foreach (var s in stored) table.AddRow(s.Table.Esc(), s.Column.Esc(), s.Domain.ToString().Esc());
                context.Out.Write(table);
            });
        });
        return command;
    }

    private static DomainDeclaration Declaration(string column, string value)
    {
        if (!value.StartsWith('@')) return DomainDeclaration.Parse(value);
        var file = value[1..];
        if (!File.Exists(file)) throw KuraException.NotFound("KURA-SYNTH-DOMAIN-FILE", $"Domain file '{file}' for column '{column}' does not exist.");
        return DomainDeclaration.OfHierarchy(column, File.ReadAllText(file));
    }
}
