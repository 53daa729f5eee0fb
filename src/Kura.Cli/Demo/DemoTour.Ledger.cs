using Kura.Engine;
using Kura.Engine.Register;
using Spectre.Console;

namespace Kura.Cli.Demo;

internal sealed partial class DemoTour
{
    // The demo ends as an auditor would: verify the ledger, then publish the register built from it.
    private void VerifyAndPublish(KuraEngine engine, string root)
    {
        var verification = engine.Ledger.Verify();
        if (!verification.IsValid)
            throw new InvalidOperationException($"Demo ledger failed verification: {verification.Fault}");
        var head = engine.Ledger.Head();
        _out.MarkupLine($"  ledger verified: {verification.EntryCount:N0} entries, root {verification.RootHash.ToHex()[..16]}…, signed head of {head.TreeSize:N0}");
        var rows = UseRegister.Build(engine.Ledger.ReadAll());
        var path = Path.Combine(root, "register.html");
        File.WriteAllText(path, RegisterFormats.Html(rows, engine.Now, verification.RootHash.ToHex()));
        var table = new Table().AddColumns("project", "organisation", "purpose", "releases", "ε spent / budget", "column classes", "status");
        foreach (var r in rows)
            table.AddRow(r.Project.Esc(), r.Organization.Esc(), r.Purpose.Esc(), r.Releases.ToString(), $"{r.EpsilonSpent} / {r.BudgetEpsilon}",
                string.Join(", ", r.ColumnClasses).Esc(), r.Status.Esc());
        _out.Write(table);
        _out.MarkupLine(keep ? $"  register written to [bold]{path.Esc()}[/]" : "  register written (use --keep to keep it)");
    }
}
