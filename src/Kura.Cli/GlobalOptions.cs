using System.CommandLine;
using Kura.Engine;

namespace Kura.Cli;

/// <summary>Options every command accepts: the home directory and machine-readable output.</summary>
public sealed class GlobalOptions
{
    public Option<string?> Home { get; } = new("--home")
    {
        Description = "Kura home directory (default: $KURA_HOME, else ./kura-home).",
        Recursive = true,
    };

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Print the result as JSON for scripts.",
        Recursive = true,
    };

    public void AddTo(RootCommand root)
    {
        root.Options.Add(Home);
        root.Options.Add(Json);
    }

    public KuraHome ResolveHome(ParseResult result) =>
        KuraHome.Resolve(result.GetValue(Home), Environment.GetEnvironmentVariable(KuraHome.EnvironmentVariable));
}
