using System.CommandLine;
using Kura.Core;
using Kura.Storage.Ledger;
using Spectre.Console;

namespace Kura.Cli.Commands;

/// <summary>
/// <c>kura ledger verify [--trusted-head FILE]… [--ledger DIR --public-key KEY]</c>: read-only in both modes. Without
/// --ledger it checks the home's ledger, also against the catalog; with --ledger it opens that directory and nothing else.
/// </summary>
internal static class LedgerVerifyCommand
{
    public static Command Create(GlobalOptions globals)
    {
        var trusted = new Option<FileInfo[]>("--trusted-head") { Description = "A signed head published earlier (JSON from 'kura ledger head'); the ledger must extend it consistently (repeatable)." };
        var ledger = new Option<DirectoryInfo?>("--ledger") { Description = "Verify this ledger directory (e.g. a copy) instead of the home's; opens nothing else. Needs --public-key." };
        var key = new Option<string?>("--public-key") { Description = "Ed25519 public key to check signatures with: 64 hex digits, base64, or a file holding either or the JSON of 'kura ledger head --json'." };
        var command = new Command("verify", "Recompute hashes, Merkle roots and signatures and report the first bad entry; changes no file. " +
            $"Exit {(int)KuraErrorKind.LedgerInvalid} on any fault.") { trusted, ledger, key };
        command.Validators.Add(result =>
        {
            if (result.GetValue(ledger) is not null && result.GetValue(key) is null)
                result.AddError("--ledger needs --public-key: the key printed by 'kura ledger head' (hex, base64, or its JSON file).");
        });
        command.SetAction(globals, context =>
        {
            var heads = (context.Result.GetValue(trusted) ?? []).Select(f => LedgerCommand.ReadHead(f.FullName)).ToList();
            var publicKey = context.Result.GetValue(key) is { } text ? LedgerPublicKeyText.Parse(text) : null;
            var standalone = context.Result.GetValue(ledger);
            var report = standalone is not null
                ? LedgerAudit.VerifyDirectory(standalone.FullName, publicKey!, heads)
                : LedgerAudit.VerifyHome(context.Home, heads, publicKey);
            return Render(context, report, standalone is not null);
        });
        return command;
    }

    private static int Render(CliContext context, LedgerAuditReport report, bool standalone)
    {
        var result = report.Verification;
        context.Report(report, () =>
        {
            context.Out.MarkupLine(result.IsValid
                ? $"[green]Ledger verified[/]: {result.EntryCount:N0} entries, {result.CheckpointCount:N0} signed checkpoints, root {result.RootHash.ToHex()}"
                : $"[red]Ledger INVALID[/]: {result.Fault!.ToString().Esc()}");
            context.Out.MarkupLine($"checked with Ed25519 key id {report.KeyId}" + (report.CatalogAnchor is { } a ? $"; the catalog records {a.TreeSize:N0} entries" : ""));
            if (report.PendingRecovery.Repaired) context.Out.MarkupLine($"[yellow]{report.PendingRecovery.ToString().Esc()}[/]");
            if (report.SealedBy is { } seal)
                context.Out.MarkupLine($"[yellow]releases are stopped (SEALED.json): {seal.ToString().Esc()}. Once the ledger is restored, an administrator runs 'kura ledger acknowledge'.[/]");
        });
        if (result.IsValid) return 0;
        Console.Error.WriteLine($"error KURA-LEDGER-INVALID: {result.Fault} " + (standalone
            ? "Entries from the one named on cannot be trusted; report this to the data holder."
            : "Kura stops all releases when it next opens this home; restore the ledger from a backup, then an administrator runs 'kura ledger acknowledge'."));
        return (int)KuraErrorKind.LedgerInvalid;
    }
}
