using System.CommandLine;
using Kura.Cli.Demo;

namespace Kura.Cli.Commands;

/// <summary><c>kura demo</c>: Kura's main job end to end on the embedded defaults, in a fresh temporary home.</summary>
public static class DemoCommand
{
    public static Command Create(GlobalOptions globals)
    {
        var patients = new Option<int>("--patients") { Description = "Demo patients to generate.", DefaultValueFactory = _ => 20_000 };
        var keep = new Option<bool>("--keep") { Description = "Keep the temporary home and print its path." };
        var command = new Command("demo", "Run Kura end to end on synthetic demo data in a fresh temporary home: generate, import, classify, open and approve a project, and tour the result.")
        {
            patients, keep,
        };
        command.SetAction(globals, context => new DemoTour(context, context.Value(patients), context.Value(keep)).Run());
        return command;
    }
}
