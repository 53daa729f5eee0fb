using System.CommandLine;
using Kura.Core;
using Kura.Engine.Register;

namespace Kura.Cli.Commands;

/// <summary><c>kura register [--format json|csv|html] [--out FILE]</c>: the public register of uses, from the ledger alone.</summary>
public static class RegisterCommand
{
    public static Command Create(GlobalOptions globals)
    {
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "html" };
        format.AcceptOnlyFromAmong("json", "csv", "html");
        var output = new Option<FileInfo?>("--out") { Description = "File to write (default: standard output)." };
        var command = new Command("register", "Write the public register of uses (project, organisation, purpose, datasets, column classes, ε spent, legal basis), generated from the ledger alone.")
        {
            format, output,
        };
        command.SetEngineAction(globals, (context, engine) =>
        {
            var verification = engine.Ledger.Verify();
            if (!verification.IsValid)
                throw new KuraException("KURA-LEDGER-INVALID", KuraErrorKind.LedgerInvalid,
                    $"The ledger failed verification ({verification.Fault}); a register built from it could not be trusted. Run 'kura ledger verify'.");
            var rows = UseRegister.Build(engine.Ledger.ReadAll());
            var text = context.Value(format) switch
            {
                "json" => RegisterFormats.Json(rows),
                "csv" => RegisterFormats.Csv(rows),
                _ => RegisterFormats.Html(rows, engine.Now, verification.RootHash.ToHex()),
            };
            if (context.Result.GetValue(output) is { } file)
            {
                File.WriteAllText(file.FullName, text);
                Console.Error.WriteLine($"wrote {file.FullName} ({rows.Count} projects)");
            }
            else Console.Out.Write(text);
            return 0;
        });
        return command;
    }
}
