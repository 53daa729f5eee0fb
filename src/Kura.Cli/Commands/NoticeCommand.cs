using System.CommandLine;
using Kura.Engine.Policy;
using Spectre.Console;

namespace Kura.Cli.Commands;

/// <summary><c>kura notice DATASET [--format md|html] [--out FILE]</c>: the public notice the law requires, in Japanese and English.</summary>
public static class NoticeCommand
{
    public static Command Create(GlobalOptions globals)
    {
        var dataset = new Argument<string>("DATASET");
        var format = new Option<string>("--format") { Description = "md (Markdown) or html.", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md", "html");
        var output = new Option<string?>("--out") { Description = "Write the notice to this file (default: print it)." };
        var holder = new Option<string?>("--holder") { Description = "The business holding the data (remembered for later notices and reports)." };
        var contact = new Option<string?>("--contact") { Description = "Where persons ask for suspension or deletion (desk, e-mail)." };
        var address = new Option<string?>("--address") { Description = "The holder's address." };
        var command = new Command("notice", "Write the public notice for a dataset (purposes, data items, facial data, how to object) and record its publication; " +
            "the publish-notice step of the dataset's projects is then done.")
        {
            dataset, format, output, holder, contact, address,
        };
        command.SetEngineAction(globals, (context, engine) =>
        {
            var given = context.Result.GetValue(holder) is { } h
                ? new HolderProfile(h, context.Result.GetValue(contact) ?? "", context.Result.GetValue(address))
                : null;
            var notice = engine.PublishNotice(context.Value(dataset), context.Value(format), given);
            var path = context.Result.GetValue(output);
            if (path is not null) File.WriteAllText(path, notice.Text);
            if (context.Json)
                return context.Report(new { notice.Record, path, notice.ProjectsUpdated, text = path is null ? notice.Text : null }, () => { });
            if (path is null) Console.Out.Write(notice.Text);
            else
                context.Out.MarkupLine($"Notice for [bold]{notice.Record.Dataset.Esc()}[/] written to {path.Esc()} (sha256 {notice.Record.Sha256[..12]}); " +
                    $"publication recorded{(notice.ProjectsUpdated.Count > 0 ? $", decisions re-evaluated for {string.Join(", ", notice.ProjectsUpdated).Esc()}" : "")}.");
            return 0;
        });
        return command;
    }
}
