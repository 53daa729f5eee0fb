using Kura.Engine.Policy;
using Kura.Policy;
using Microsoft.Data.Sqlite;

namespace Kura.Storage.Catalog;

public sealed partial class SqliteCatalog
{
    private const string PolicyColumns = "seq, hash, version, regime, adopted_at, actor, change, text";

    public PolicyVersion? ActivePolicy() => Read(c =>
        ReadPolicyVersions(c, $"SELECT {PolicyColumns} FROM policy_versions ORDER BY seq DESC LIMIT 1;").FirstOrDefault());

    public IReadOnlyList<PolicyVersion> PolicyHistory() => Read(c =>
        (IReadOnlyList<PolicyVersion>)ReadPolicyVersions(c, $"SELECT {PolicyColumns} FROM policy_versions ORDER BY seq;"));

    public PolicyVersion AddPolicyVersion(PolicyVersion version)
    {
        long seq = 0;
        Write(c =>
        {
            using var command = Command(c, """
                INSERT INTO policy_versions (hash, version, regime, adopted_at, actor, change, text)
                VALUES ($h, $v, $r, $t, $a, $c, $x) RETURNING seq;
                """,
                ("$h", version.Hash), ("$v", version.Version), ("$r", version.SelectedRegime), ("$t", version.AdoptedAt.ToString("O")),
                ("$a", version.Actor), ("$c", version.Change), ("$x", version.Text));
            seq = (long)command.ExecuteScalar()!;
        });
        return version with { Sequence = seq };
    }

    public void SaveDecision(string project, PolicyDecision decision) => Write(c =>
        Execute(c, "INSERT INTO project_decisions (project, at, outcome, policy_hash, json) VALUES ($p, $t, $o, $h, $j);",
            ("$p", project), ("$t", decision.AsOf.ToString("O")), ("$o", decision.Outcome.ToString()),
            ("$h", decision.PolicyHash), ("$j", decision.ToJson())));

    public PolicyDecision? LatestDecision(string project) => Read(c =>
    {
        using var command = Command(c, "SELECT json FROM project_decisions WHERE project = $p ORDER BY seq DESC LIMIT 1;", ("$p", project));
        return command.ExecuteScalar() is string json ? PolicyDecision.FromJson(json) : null;
    });

    public void AddStepEvidence(string project, StepEvidence evidence) => Write(c =>
        Execute(c, "INSERT INTO project_steps (project, step, value, evidence, steward, at) VALUES ($p, $s, $v, $e, $w, $t);",
            ("$p", project), ("$s", evidence.StepId), ("$v", evidence.Value), ("$e", evidence.Evidence),
            ("$w", evidence.Steward), ("$t", evidence.At.ToString("O"))));

    public IReadOnlyList<StepEvidence> StepEvidenceOf(string project) => Read(c =>
    {
        var list = new List<StepEvidence>();
        using var command = Command(c, "SELECT step, evidence, steward, at, value FROM project_steps WHERE project = $p ORDER BY seq;", ("$p", project));
        using var r = command.ExecuteReader();
        while (r.Read())
            list.Add(new StepEvidence(r.GetString(0), r.GetString(1), r.GetString(2), ParseTime(r.GetString(3)), r.IsDBNull(4) ? null : r.GetString(4)));
        return (IReadOnlyList<StepEvidence>)list;
    });

    public IReadOnlyList<string> DeclaredCategories(string dataset) => Read(c =>
        (IReadOnlyList<string>)Strings(c, "SELECT category FROM dataset_categories WHERE dataset = $d ORDER BY category;", ("$d", dataset)));

    public void SetDeclaredCategories(string dataset, IReadOnlyList<string> categories) => Write(c =>
    {
        Execute(c, "DELETE FROM dataset_categories WHERE dataset = $d;", ("$d", dataset));
        foreach (var category in categories)
            Execute(c, "INSERT INTO dataset_categories (dataset, category) VALUES ($d, $c);", ("$d", dataset), ("$c", category));
    });

    public IReadOnlyList<FacialConsentColumn> FacialConsentColumns(string dataset) => Read(c =>
    {
        var list = new List<FacialConsentColumn>();
        using var command = Command(c, "SELECT table_name, column_name FROM facial_consent WHERE dataset = $d ORDER BY table_name;", ("$d", dataset));
        using var r = command.ExecuteReader();
        while (r.Read()) list.Add(new FacialConsentColumn(r.GetString(0), r.GetString(1)));
        return (IReadOnlyList<FacialConsentColumn>)list;
    });

    public void SetFacialConsentColumn(string dataset, string table, string? column) => Write(c =>
    {
        Execute(c, "DELETE FROM facial_consent WHERE dataset = $d AND table_name = $t;", ("$d", dataset), ("$t", table));
        if (column is not null)
            Execute(c, "INSERT INTO facial_consent (dataset, table_name, column_name) VALUES ($d, $t, $c);",
                ("$d", dataset), ("$t", table), ("$c", column));
    });

    public SubjectAgeDeclaration? SubjectAges(string dataset) => Read(c =>
    {
        using var command = Command(c, "SELECT youngest_age, steward, at FROM subject_age_declarations WHERE dataset = $d;", ("$d", dataset));
        using var r = command.ExecuteReader();
        return r.Read() ? new SubjectAgeDeclaration(dataset, r.IsDBNull(0) ? null : r.GetInt64(0), r.GetString(1), ParseTime(r.GetString(2))) : null;
    });

    public void SetSubjectAges(SubjectAgeDeclaration declaration) => Write(c =>
        Execute(c, """
            INSERT INTO subject_age_declarations (dataset, youngest_age, steward, at) VALUES ($d, $y, $s, $t)
            ON CONFLICT (dataset) DO UPDATE SET youngest_age = excluded.youngest_age, steward = excluded.steward, at = excluded.at;
            """,
            ("$d", declaration.Dataset), ("$y", declaration.YoungestAge), ("$s", declaration.Steward), ("$t", declaration.At.ToString("O"))));

    private static List<PolicyVersion> ReadPolicyVersions(SqliteConnection c, string sql)
    {
        var list = new List<PolicyVersion>();
        using var command = Command(c, sql);
        using var r = command.ExecuteReader();
        while (r.Read())
            list.Add(new PolicyVersion(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), ParseTime(r.GetString(4)),
                r.GetString(5), r.GetString(6), r.GetString(7)));
        return list;
    }

}
