using System.CommandLine;
using System.Globalization;
using Kura.Engine.Policy;
using Kura.Policy;
using Spectre.Console;

namespace Kura.Cli.Commands;

/// <summary><c>kura incident record|show|list</c>: personal-data incidents, their obligations and deadlines, and the regulator report.</summary>
public static class IncidentCommand
{
    public static Command Create(GlobalOptions globals)
    {
        var command = new Command("incident", "Personal-data incidents: distinct persons affected, obligations with deadlines, the report for the PPC.");
        command.Subcommands.Add(RecordIncident(globals));
        command.Subcommands.Add(Show(globals));
        command.Subcommands.Add(List(globals));
        return command;
    }

    private static Command RecordIncident(GlobalOptions globals)
    {
        var dataset = new Option<string>("--dataset") { Description = "The dataset affected.", Required = true };
        var where = new Option<string>("--where") { Description = "Rows affected: all, TABLE, or TABLE.COLUMN=VALUE[,VALUE…] (not SQL).", Required = true };
        var cause = new Option<string>("--cause") { Description = $"{string.Join(", ", PolicyVocabulary.IncidentCauses)}.", Required = true };
        cause.AcceptOnlyFromAmong([.. PolicyVocabulary.IncidentCauses]);
        var suspected = new Option<bool>("--suspected") { Description = "The incident is suspected, not confirmed (reportable either way)." };
        var profit = new Option<long?>("--profit-yen") { Description = "Profit attributable to the act, in yen. Omitted means not known yet: surcharge exposure is reported as to be assessed." };
        var encrypted = new Option<bool>("--strong-encryption") { Description = "All affected data was under strong encryption or equivalent." };
        var pseudonymised = new Option<bool>("--pseudonymised") { Description = "All affected data was pseudonymised information." };
        var discovered = new Option<DateTimeOffset?>("--discovered-at") { Description = "When it was discovered (ISO 8601; default now). Deadlines count from here." };
        var command = new Command("record", "Record an incident: counts distinct persons (never rows), their data categories, and the obligations with deadlines.")
        {
            dataset, where, cause, suspected, profit, encrypted, pseudonymised, discovered,
        };
        command.SetEngineAction(globals, (context, engine) =>
        {
            var incident = engine.RecordIncident(new IncidentRequest(context.Value(dataset), context.Value(where), context.Value(cause),
                context.Value(suspected), context.Result.GetValue(profit), context.Value(encrypted), context.Value(pseudonymised), context.Result.GetValue(discovered)));
            return context.Report(incident, () => Render(context.Out, incident));
        });
        return command;
    }

    private static Command Show(GlobalOptions globals)
    {
        var id = new Argument<string>("ID");
        var output = new Option<string>("--out") { Description = "Directory for the report files (default: the current directory).", DefaultValueFactory = _ => "." };
        var holder = new Option<string?>("--holder") { Description = "The business holding the data (remembered; notices use it too)." };
        var contact = new Option<string?>("--contact") { Description = "Contact point for the regulator and the persons." };
        var command = new Command("show", "Show an incident's obligations and deadlines and write the report for the regulator (Markdown and HTML).")
        {
            id, output, holder, contact,
        };
        command.SetEngineAction(globals, (context, engine) =>
        {
            var incident = engine.ShowIncident(context.Value(id));
            if (context.Result.GetValue(holder) is { } h) engine.SetHolder(new HolderProfile(h, context.Result.GetValue(contact) ?? ""));
            var report = engine.IncidentReport(incident.Id);
            var directory = context.Value(output);
            Directory.CreateDirectory(directory);
            var md = Path.Combine(directory, $"{incident.Id}.md");
            var html = Path.Combine(directory, $"{incident.Id}.html");
            File.WriteAllText(md, report.Markdown);
            File.WriteAllText(html, report.Html);
            return context.Report(new { incident, markdown = md, html }, () =>
            {
                Render(context.Out, incident);
                context.Out.MarkupLine($"Report written to {md.Esc()} and {html.Esc()}.");
            });
        });
        return command;
    }

    private static Command List(GlobalOptions globals)
    {
        var command = new Command("list", "List recorded incidents.");
        command.SetEngineAction(globals, (context, engine) =>
        {
            var incidents = engine.ListIncidents();
            return context.Report(incidents, () =>
            {
                var table = new Table().AddColumns("incident", "dataset", "cause", "persons", "discovered", "report to PPC");
                foreach (var i in incidents)
                    table.AddRow(i.Id.Esc(), i.Dataset.Esc(), i.Assessment.Facts.Cause, i.Assessment.Facts.DistinctPersons.ToString("N0", CultureInfo.InvariantCulture),
                        i.Assessment.DiscoveredAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), i.Assessment.ReportToPpc ? "yes" : "no");
                context.Out.Write(table);
            });
        });
        return command;
    }

    internal static void Render(IAnsiConsole console, IncidentRecord incident)
    {
        var a = incident.Assessment;
        console.MarkupLine($"incident [bold]{incident.Id.Esc()}[/] on {incident.Dataset.Esc()} ({incident.Filter.Esc()}): {a.Facts.Cause}{(a.Facts.Suspected ? " (suspected)" : "")}, " +
            $"{a.Facts.DistinctPersons:N0} distinct persons; categories {string.Join(", ", a.Facts.Categories).Esc()}; regime {a.Regime.Esc()}");
        if (a.Obligations.Count == 0) { console.MarkupLine("No reporting or notice obligation arises."); return; }
        var table = new Table().AddColumns("obligation", "rule", "due");
        foreach (var o in a.Obligations)
            table.AddRow(o.Description.En.Esc(), o.RuleId.Esc(),
                o.DueAt is { } due ? $"{due.ToOffset(TimeSpan.FromHours(9)):yyyy-MM-dd HH:mm} JST ({o.DueDays} days)" : "promptly");
        console.Write(table);
    }
}
