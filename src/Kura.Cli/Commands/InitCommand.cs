using System.CommandLine;
using Kura.Storage;
using Spectre.Console;

namespace Kura.Cli.Commands;

/// <summary><c>kura init</c>: create the home (vault, catalog, ledger, keys, policy). Idempotent.</summary>
public static class InitCommand
{
    public static Command Create(GlobalOptions globals)
    {
        var command = new Command("init", "Create a Kura home: vault.duckdb, catalog.db, ledger/, keys/ (0600), policy/. Never overwrites an existing home.");
        command.SetAction(globals, context =>
        {
            var created = EmbeddedKura.Init(context.Home);
            return context.Report(new { home = context.Home.Root, created }, () =>
                context.Out.MarkupLine(created
                    ? $"Created Kura home at [bold]{context.Home.Root.Esc()}[/]."
                    : $"Kura home at [bold]{context.Home.Root.Esc()}[/] already exists; nothing changed."));
        });
        return command;
    }
}
