using System.Globalization;
using System.Text.Json;
using Kura.Core;
using Microsoft.Data.Sqlite;

namespace Kura.Storage.Catalog;

public sealed partial class SqliteCatalog
{
    public void CreateProject(Project project) => Write(c =>
    {
        if (LoadProject(c, project.Name) is not null)
            throw KuraException.Conflict("KURA-PROJECT-EXISTS",
                $"Project '{project.Name}' already exists. Choose another name, or see it with 'kura project show {project.Name}'.");
        Execute(c, """
            INSERT INTO projects (name, organization, purpose, budget_epsilon, budget_delta, status, created_at, expires_at,
                                  release_kinds, granted_columns, justification, recipient)
            VALUES ($n, $o, $p, $e, $d, $s, $c, $x, $rk, $gc, $j, $r);
            """,
            ("$n", project.Name), ("$o", project.Organization), ("$p", project.Purpose.ToName()),
            ("$e", Invariant(project.Budget.Epsilon)), ("$d", Invariant(project.Budget.Delta)),
            ("$s", project.Status.ToString()), ("$c", project.CreatedAt.ToString("O")), ("$x", project.ExpiresAt?.ToString("O")),
            ("$rk", Json(project.ReleaseKinds?.Select(k => k.ToString()))), ("$gc", Json(project.GrantedColumns)),
            ("$j", project.Justification), ("$r", project.Recipient.ToName()));
        foreach (var dataset in project.Datasets)
            Execute(c, "INSERT INTO project_datasets (project, dataset) VALUES ($p, $d);", ("$p", project.Name), ("$d", dataset));
        InsertApprovals(c, project.Name, project.Approvals);
    });

    public Project? FindProject(string name) => Read(c => LoadProject(c, name));

    public IReadOnlyList<Project> ListProjects() => Read(c =>
        (IReadOnlyList<Project>)Strings(c, "SELECT name FROM projects ORDER BY name;").Select(n => LoadProject(c, n)!).ToList());

    public void UpdateProject(Project project) => Write(c =>
    {
        if (LoadProject(c, project.Name) is null)
            throw KuraException.NotFound("KURA-PROJECT-NOT-FOUND", $"Project '{project.Name}' does not exist.");
        Execute(c, "UPDATE projects SET status = $s, expires_at = $x WHERE name = $n;",
            ("$s", project.Status.ToString()), ("$x", project.ExpiresAt?.ToString("O")), ("$n", project.Name));
        Execute(c, "DELETE FROM approvals WHERE project = $p;", ("$p", project.Name));
        InsertApprovals(c, project.Name, project.Approvals);
    });

    private static void InsertApprovals(SqliteConnection c, string project, IEnumerable<Approval> approvals)
    {
        foreach (var a in approvals)
            Execute(c, "INSERT INTO approvals (project, steward, at, note) VALUES ($p, $s, $t, $n);",
                ("$p", project), ("$s", a.Steward), ("$t", a.At.ToString("O")), ("$n", a.Note));
    }

    private static Project? LoadProject(SqliteConnection c, string name)
    {
        using var command = Command(c, """
            SELECT organization, purpose, budget_epsilon, budget_delta, status, created_at, expires_at,
                   release_kinds, granted_columns, justification, recipient
            FROM projects WHERE name = $n;
            """, ("$n", name));
        using var r = command.ExecuteReader();
        if (!r.Read()) return null;
        return new Project(
            name,
            r.GetString(0),
            PurposeNames.Parse(r.GetString(1)),
            ProjectDatasets(c, name),
            new PrivacyBudget(ParseDecimal(r.GetString(2)), ParseDecimal(r.GetString(3))),
            Enum.Parse<ProjectStatus>(r.GetString(4)),
            ParseTime(r.GetString(5)),
            Approvals(c, name),
            r.IsDBNull(6) ? null : ParseTime(r.GetString(6)),
            r.IsDBNull(7) ? null : JsonSerializer.Deserialize<string[]>(r.GetString(7))!.Select(Enum.Parse<ReleaseKind>).ToList(),
            r.IsDBNull(8) ? null : JsonSerializer.Deserialize<string[]>(r.GetString(8)),
            r.IsDBNull(9) ? null : r.GetString(9),
            RecipientNames.Parse(r.GetString(10)));
    }

    private static IReadOnlyList<string> ProjectDatasets(SqliteConnection c, string project) =>
        Strings(c, "SELECT dataset FROM project_datasets WHERE project = $p ORDER BY dataset;", ("$p", project));

    private static IReadOnlyList<Approval> Approvals(SqliteConnection c, string project)
    {
        var list = new List<Approval>();
        using var command = Command(c, "SELECT steward, at, note FROM approvals WHERE project = $p ORDER BY rowid;", ("$p", project));
        using var reader = command.ExecuteReader();
        while (reader.Read())
            list.Add(new Approval(reader.GetString(0), ParseTime(reader.GetString(1)), reader.IsDBNull(2) ? null : reader.GetString(2)));
        return list;
    }

    private static DateTimeOffset ParseTime(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? Json<T>(IEnumerable<T>? values) => values is null ? null : JsonSerializer.Serialize(values.ToArray());
}
