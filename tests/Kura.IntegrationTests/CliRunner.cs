using Kura.Cli;

namespace Kura.IntegrationTests;

/// <summary>
/// Runs the <c>kura</c> command tree in-process with stdout and stderr captured. Console is global
/// state, so test classes using it belong to <see cref="ConsoleCollection"/> (not parallelised).
/// </summary>
public static class CliRunner
{
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var (oldOut, oldErr) = (Console.Out, Console.Error);
        Console.SetOut(stdout);
        Console.SetError(stderr);
        try
        {
            return (KuraCommandLine.Parse(args).Invoke(), stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldErr);
        }
    }
}

[CollectionDefinition(nameof(ConsoleCollection), DisableParallelization = true)]
public class ConsoleCollection;
