using System.CommandLine;
using Kura.Engine;
using Kura.Engine.Extracts;
using Spectre.Console;

namespace Kura.Cli.Commands;

/// <summary><c>kura extract --project P --kind pseudonymized|anonymized … --out FILE</c>: a de-identified extract with its risk report and manifest.</summary>
public static class ExtractCommand
{
    public static Command Create(GlobalOptions globals)
    {
        var o = new ExtractOptions();
        var command = new Command("extract",
            "Release a pseudonymized (仮名加工情報) or anonymized (匿名加工情報) extract: identifiers deleted or pseudonymised, quasi-identifiers generalised to k-anonymity, risk reported, the release ledgered, a manifest written beside the file.");
        o.AddTo(command);
        command.SetEngineAction(globals, (context, engine) =>
        {
            var request = o.Request(context);
            var outcome = Run(context, engine, request);
            return context.Report(ExtractView.From(outcome), () => ExtractReport.Render(context.Out, outcome));
        });
        return command;
    }

    private static ExtractOutcome Run(CliContext context, KuraEngine engine, ExtractRequest request)
    {
        if (context.Json || Console.IsErrorRedirected) return engine.Extract(request);
        ExtractOutcome? outcome = null;
        AnsiConsole.Status().Start("Checking the project", status =>
            outcome = engine.Extract(request, new Progress<string>(stage => status.Status(Stage(stage)))));
        return outcome!;
    }

    private static string Stage(string stage) => stage switch
    {
        "reading" => "Reading rows through the release views",
        "processing" => "Processing (pseudonyms, peculiar values, generalisation)",
        "writing" => "Writing the extract",
        "recording" => "Recording the release in the ledger",
        _ => stage,
    };
}
