using System.CommandLine;
using Kura.Core;
using Kura.Engine;
using Kura.Storage;
using Spectre.Console;

namespace Kura.Cli;

/// <summary>
/// Runs a command body with Kura's error contract: a <see cref="KuraException"/> becomes a
/// one-paragraph message on stderr and an exit code by kind; anything else is an internal error.
/// </summary>
public static class CliRun
{
    public static void SetAction(this Command command, GlobalOptions globals, Func<CliContext, int> body) =>
        command.SetAction(result => Guard(() => body(new CliContext(result, globals))));

    public static void SetEngineAction(this Command command, GlobalOptions globals, Func<CliContext, KuraEngine, int> body) =>
        command.SetAction(result => Guard(() =>
        {
            var context = new CliContext(result, globals);
            using var engine = EmbeddedKura.Open(context.Home);
            return body(context, engine);
        }));

    private static int Guard(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (KuraException e)
        {
            Console.Error.WriteLine($"error {e.Code}: {e.Message}");
            return (int)e.Kind;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error KURA-IO: {e.Message} Check the path and its permissions.");
            return (int)KuraErrorKind.BadInput;
        }
        catch (Exception e)
        {
            // The message is withheld: a database or library exception may quote a stored value.
            Console.Error.WriteLine($"error KURA-INTERNAL: {e.GetType().Name}. This is a fault in Kura; the operation did not complete and nothing was released.");
            return (int)KuraErrorKind.Internal;
        }
    }

    /// <summary>Escapes text for Spectre markup.</summary>
    public static string Esc(this string? text) => Markup.Escape(text ?? "");
}
