using System.CommandLine;
using System.Text.Json;
using Kura.Core;
using Kura.Ledger;
using Spectre.Console;

namespace Kura.Cli.Commands;

/// <summary><c>kura ledger verify|head|proof|consistency|acknowledge</c>.</summary>
public static class LedgerCommand
{
    public static Command Create(GlobalOptions globals)
    {
        var command = new Command("ledger", "The tamper-evident ledger: verify it, publish its signed head, prove entries are in it.");
        command.Subcommands.Add(LedgerVerifyCommand.Create(globals));
        command.Subcommands.Add(Head(globals));
        command.Subcommands.Add(Proof(globals));
        command.Subcommands.Add(Consistency(globals));
        command.Subcommands.Add(Acknowledge(globals));
        return command;
    }

    private static Command Head(GlobalOptions globals)
    {
        var command = new Command("head", "Print the signed tree head covering every entry, to publish or hand to a regulator.");
        command.SetEngineAction(globals, (context, engine) =>
        {
            var head = engine.Ledger.Head();
            return context.Report(new { head, publicKey = Convert.ToBase64String(engine.Ledger.PublicKey) }, () =>
            {
                context.Out.MarkupLine($"tree size [bold]{head.TreeSize:N0}[/], root [bold]{head.RootHash.ToHex()}[/] at {LedgerEntryEncoder.FormatTimestamp(head.Timestamp)}");
                context.Out.MarkupLine($"signature {head.Signature} (key {head.KeyId}, Ed25519 public key {Convert.ToBase64String(engine.Ledger.PublicKey)})");
                context.Out.MarkupLine("Save the JSON form ([bold]kura ledger head --json[/]) to check later heads against it.");
            });
        });
        return command;
    }

    private static Command Proof(GlobalOptions globals)
    {
        var entry = new Argument<long>("ENTRY") { Description = "Entry sequence number (0-based)." };
        var size = new Option<long?>("--tree-size") { Description = "Tree size to prove against (default: all entries)." };
        var command = new Command("proof", "Print an RFC 6962 inclusion proof that an entry is in the ledger.") { entry, size };
        command.SetEngineAction(globals, (context, engine) =>
        {
            var proof = engine.Ledger.InclusionProof(context.Value(entry), context.Result.GetValue(size));
            var head = engine.Ledger.Head();
            var valid = proof.TreeSize == head.TreeSize && proof.Verify(head);
            return context.Report(new { proof, head, verifiesAgainstHead = valid }, () =>
            {
                context.Out.MarkupLine($"entry {proof.Sequence} hash {proof.EntryHash.ToHex()} in tree of {proof.TreeSize:N0}");
                foreach (var h in proof.AuditPath) context.Out.MarkupLine($"  {h.ToHex()}");
                if (proof.TreeSize == head.TreeSize) context.Out.MarkupLine(valid ? "[green]verifies against the current signed head[/]" : "[red]does NOT verify[/]");
            });
        });
        return command;
    }

    private static Command Consistency(GlobalOptions globals)
    {
        var earlier = new Argument<FileInfo>("EARLIER_HEAD") { Description = "JSON of an earlier signed head ('kura ledger head --json')." };
        var command = new Command("consistency", "Prove the current ledger is a consistent extension of an earlier signed head.") { earlier };
        command.SetEngineAction(globals, (context, engine) =>
        {
            var first = ReadHead(context.Value(earlier).FullName);
            var second = engine.Ledger.Head();
            var proof = engine.Ledger.ConsistencyProof(first.TreeSize, second.TreeSize);
            var signed = first.VerifySignature(engine.Ledger.PublicKey);
            var consistent = signed && proof.Verify(first, second);
            context.Report(new { earlier = first, current = second, proof, consistent }, () =>
                context.Out.MarkupLine(consistent
                    ? $"[green]consistent[/]: the ledger of {second.TreeSize:N0} entries extends the earlier head of {first.TreeSize:N0}"
                    : "[red]NOT consistent[/]: the earlier head's signature or its entries do not match this ledger"));
            return consistent ? 0 : (int)KuraErrorKind.LedgerInvalid;
        });
        return command;
    }

    private static Command Acknowledge(GlobalOptions globals)
    {
        var reason = new Option<string>("--reason") { Description = "What was wrong and what was done (recorded in the ledger).", Required = true };
        var command = new Command("acknowledge", "An administrator lifts the stop on releases after restoring a ledger that failed verification.") { reason };
        command.SetEngineAction(globals, (context, engine) =>
        {
            var receipt = engine.Ledger.AcknowledgeFault(engine.Actor, context.Value(reason));
            return context.Report(receipt, () => context.Out.MarkupLine($"Acknowledged as entry {receipt.Sequence}; releases may resume."));
        });
        return command;
    }

    /// <summary>Reads a head saved from <c>kura ledger head --json</c> (or the bare head JSON).</summary>
    internal static SignedTreeHead ReadHead(string path)
    {
        try
        {
            var root = JsonDocument.Parse(File.ReadAllText(path)).RootElement;
            var head = root.TryGetProperty("head", out var inner) ? inner : root;
            return head.Deserialize<SignedTreeHead>() ?? throw new JsonException("empty");
        }
        catch (JsonException)
        {
            throw KuraException.BadInput("KURA-HEAD-INVALID", $"'{path}' is not a signed head in the JSON form printed by 'kura ledger head --json'.");
        }
    }
}
