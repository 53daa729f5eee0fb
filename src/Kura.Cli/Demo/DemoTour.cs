using Kura.Cli.Commands;
using Kura.Core;
using Kura.DemoData;
using Kura.Engine;
using Kura.Engine.Intake;
using Kura.Engine.Projects;
using Kura.Storage;
using Spectre.Console;

namespace Kura.Cli.Demo;

/// <summary>
/// The steps of <c>kura demo</c>, each one the same use case a data holder or analyst runs by
/// hand. Runs in a fresh temporary home so it never touches real data.
/// </summary>
internal sealed partial class DemoTour(CliContext context, int patients, bool keep)
{
    private const string Dataset = "medical";
    private const string ProjectName = "stroke-risk-model";
    private readonly IAnsiConsole _out = context.Out;

    public int Run()
    {
        var root = Path.Combine(Path.GetTempPath(), "kura-demo-" + Guid.NewGuid().ToString("N")[..8]);
        var home = new KuraHome(Path.Combine(root, "home"));
        try
        {
            Step("1. Create a Kura home", () => EmbeddedKura.Init(home));
            var files = Step("2. Generate synthetic Japanese medical claims", () => DemoDataCommand.Generate(context,
                new DemoDataOptions { OutputDirectory = Path.Combine(root, "data"), Patients = patients }));
            using var engine = EmbeddedKura.Open(home);
            Step("3. Import into the vault", () => Import(engine, files));
            Step("4. Classify columns (APPI classes)", () => Classify(engine));
            Step("5. Declare public metadata for DP", () => DeclareMetadata(engine));
            Step("6. Request a project; the policy decides; record its steps; two stewards approve", () => OpenProject(engine));
            Step("7. Ask DP questions (statistics leave; rows never do)", () => AskQuestions(engine));
            Step("8. Record a sample incident: obligations and deadlines", () => RecordIncident(engine, root));
            Step("9. Release DP synthetic persons from the claims, with a utility report", () => Synthesise(engine, root));
            Tour(engine);
            Step("Verify the ledger and publish the register of uses", () => VerifyAndPublish(engine, root));
            _out.MarkupLine(keep ? $"Home kept at [bold]{home.Root.Esc()}[/]." : "Demo finished; temporary home removed.");
            return 0;
        }
        finally
        {
            if (!keep) TryDelete(root);
        }
    }

    private void Step(string title, Action action) => Step(title, () => { action(); return 0; });

    private T Step<T>(string title, Func<T> action)
    {
        _out.Write(new Rule($"[bold]{title.Esc()}[/]").LeftJustified());
        return action();
    }

    private void Import(KuraEngine engine, DemoDataResult files)
    {
        foreach (var file in files.Files)
        {
            var summary = engine.Import(new ImportRequest(file.Path, Dataset, file.Table, PrivacyUnit.Key(DemoSchema.PersonKey)));
            _out.MarkupLine($"  {Dataset}.{summary.Table.Name.Esc()}: {summary.Table.RowCount:N0} rows, {summary.Table.PersonCount:N0} persons");
        }
    }

    private void Classify(KuraEngine engine)
    {
        var results = engine.Classify(Dataset, accept: true);
        var table = new Table().AddColumns("table", "column", "class", "why");
        foreach (var r in results)
            table.AddRow(r.Table.Esc(), r.Column.Name.Esc(), (r.Column.Class.ToName() + (r.Column.IsSubjectAge ? " (age)" : "")).Esc(), FirstClause(r.Reason).Esc());
        _out.Write(table);
    }

    private void Tour(KuraEngine engine)
    {
        _out.Write(new Rule("[bold]What exists now[/]").LeftJustified());
        foreach (var d in engine.ListDatasets())
            _out.MarkupLine($"  dataset [bold]{d.Name.Esc()}[/] (privacy unit {d.Unit.ToString().Esc()}): " +
                string.Join(", ", d.Tables.Select(t => $"{t.Name} {t.RowCount:N0} rows")).Esc());
        foreach (var p in engine.ListProjects())
            _out.MarkupLine($"  project [bold]{p.Name.Esc()}[/] for {p.Organization.Esc()}: {p.Purpose.ToName()}, {p.Status.ToString().ToLowerInvariant()}");
    }

    // The demo shows the first piece of evidence; `kura classify` prints the whole reason.
    private static string FirstClause(string reason)
    {
        var cut = reason.IndexOfAny([';', '→']);
        return cut > 0 ? reason[..cut].TrimEnd() : reason;
    }

    private static void TryDelete(string path)
    {
        try { Directory.Delete(path, recursive: true); }
        catch (IOException) { } // temp files; the OS cleans /tmp
    }
}
