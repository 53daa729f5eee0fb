using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace Kura.Cli.Commands;

/// <summary><c>kura objection add|remove|list</c>: the voluntary objection register; objectors leave no trace in any release.</summary>
public static class ObjectionCommand
{
    public static Command Create(GlobalOptions globals)
    {
        var command = new Command("objection", "The objection register: persons whose data is excluded from every release.");
        command.Subcommands.Add(Add(globals));
        command.Subcommands.Add(Remove(globals));
        command.Subcommands.Add(List(globals));
        return command;
    }

    private static Command Add(GlobalOptions globals)
    {
        var person = new Argument<string>("PERSON") { Description = "The person-key value as written in the data." };
        var dataset = new Option<string>("--dataset") { Description = "The dataset whose person key names the person.", Required = true };
        var reason = new Option<string?>("--reason") { Description = "The reason given (optional)." };
        var command = new Command("add", "Add a person to the register; from now on no release includes them.") { person, dataset, reason };
        command.SetEngineAction(globals, (context, engine) =>
        {
            var objection = engine.AddObjection(context.Value(dataset), context.Value(person), context.Result.GetValue(reason));
            var summary = engine.ExclusionsOf(objection.Dataset);
            return context.Report(new { objection, summary }, () =>
                context.Out.MarkupLine($"Added to the objection register of [bold]{objection.Dataset.Esc()}[/]. Excluded from every release now: {summary.Total:N0} persons."));
        });
        return command;
    }

    private static Command Remove(GlobalOptions globals)
    {
        var person = new Argument<string>("PERSON");
        var dataset = new Option<string>("--dataset") { Description = "The dataset.", Required = true };
        var command = new Command("remove", "Take a person off the register (they withdrew the objection).") { person, dataset };
        command.SetEngineAction(globals, (context, engine) =>
        {
            engine.RemoveObjection(context.Value(dataset), context.Value(person));
            return context.Report(new { removed = true }, () => context.Out.MarkupLine("Removed from the objection register."));
        });
        return command;
    }

    private static Command List(GlobalOptions globals)
    {
        var dataset = new Option<string?>("--dataset") { Description = "Only this dataset." };
        var command = new Command("list", "List the register.") { dataset };
        command.SetEngineAction(globals, (context, engine) =>
        {
            var objections = engine.ListObjections(context.Result.GetValue(dataset));
            return context.Report(objections, () =>
            {
                var table = new Table().AddColumns("dataset", "person", "since", "recorded by", "reason");
                foreach (var o in objections)
                    table.AddRow(o.Dataset.Esc(), o.Person.Esc(), o.At.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), o.Actor.Esc(), (o.Reason ?? "").Esc());
                context.Out.Write(table);
                context.Out.MarkupLine($"{objections.Count:N0} objection{(objections.Count == 1 ? "" : "s")}.");
            });
        });
        return command;
    }
}
