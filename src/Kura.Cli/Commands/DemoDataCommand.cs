using System.CommandLine;
using Kura.DemoData;
using Spectre.Console;

namespace Kura.Cli.Commands;

/// <summary><c>kura demo-data --out DIR</c>: a deterministic, wholly synthetic Japanese medical-claims dataset.</summary>
public static class DemoDataCommand
{
    public static Command Create(GlobalOptions globals)
    {
        var output = new Option<DirectoryInfo>("--out") { Description = "Directory to write patients.csv, claims.csv and facial_images.csv into.", Required = true };
        var patients = new Option<int>("--patients") { Description = "Number of patients (claims are about 10 per patient).", DefaultValueFactory = _ => 10_000 };
        var seed = new Option<long>("--seed") { Description = "Seed; the same seed gives byte-identical files.", DefaultValueFactory = _ => DemoDataOptions.DefaultSeed };
        var encoding = new Option<string>("--encoding") { Description = "File encoding.", DefaultValueFactory = _ => "utf-8" };
        encoding.AcceptOnlyFromAmong("utf-8", "shift_jis");
        var command = new Command("demo-data", "Write a realistic, deterministic, wholly synthetic Japanese medical-claims dataset (no real person).") { output, patients, seed, encoding };
        command.SetAction(globals, context =>
        {
            var options = new DemoDataOptions
            {
                OutputDirectory = context.Value(output).FullName, Patients = context.Value(patients),
                Seed = context.Value(seed), Encoding = context.Value(encoding),
            };
            var result = Generate(context, options);
            return context.Report(result, () =>
            {
                foreach (var f in result.Files) context.Out.MarkupLine($"wrote [bold]{f.Path.Esc()}[/] ({f.Rows:N0} rows)");
            });
        });
        return command;
    }

    internal static DemoDataResult Generate(CliContext context, DemoDataOptions options)
    {
        if (context.Json || Console.IsErrorRedirected) return DemoDataGenerator.Write(options);
        DemoDataResult? result = null;
        AnsiConsole.Progress().AutoClear(true).Start(ctx =>
        {
            var task = ctx.AddTask("Generating demo data", maxValue: options.Patients);
            result = DemoDataGenerator.Write(options, new Progress<DemoDataProgress>(p => task.Value = p.PatientsWritten));
        });
        return result!;
    }
}
