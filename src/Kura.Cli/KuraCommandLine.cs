using System.CommandLine;
using Kura.Cli.Commands;

namespace Kura.Cli;

/// <summary>The <c>kura</c> command tree. Each command group lives in its own file under Commands/.</summary>
public static class KuraCommandLine
{
    /// <summary>
    /// Parses <paramref name="args"/> against the command tree. Response files are off: <c>@row</c> is a
    /// person-key value, not a file to expand.
    /// </summary>
    public static ParseResult Parse(string[] args) =>
        Build().Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });

    public static RootCommand Build()
    {
        var globals = new GlobalOptions();
        var root = new RootCommand("Kura (蔵): an on-premises data trust. Statistics, de-identified extracts and synthetic data leave the vault; personal data never does.");
        globals.AddTo(root);
        foreach (var command in new[]
                 {
                     InitCommand.Create(globals), ImportCommand.Create(globals), ClassifyCommand.Create(globals),
                     DatasetCommand.Create(globals), ProjectCommand.Create(globals), QueryCommand.Create(globals),
                     BudgetCommand.Create(globals), LedgerCommand.Create(globals),
                     ExtractCommand.Create(globals), SynthCommand.Create(globals),
                     RegisterCommand.Create(globals), DemoDataCommand.Create(globals),
                     DemoCommand.Create(globals),
                     PolicyCommand.Create(globals), NoticeCommand.Create(globals), ObjectionCommand.Create(globals), IncidentCommand.Create(globals),
                 })
            root.Subcommands.Add(command);
        return root;
    }
}
