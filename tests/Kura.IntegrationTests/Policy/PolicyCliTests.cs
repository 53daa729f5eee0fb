using Kura.Cli;

namespace Kura.IntegrationTests.Policy;

/// <summary>The policy commands as a user runs them: exit codes by kind, rule ids on refusal, restricted incident filters.</summary>
[Collection(nameof(ConsoleCollection))]
public class PolicyCliTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    private static string NewHome(TempDirectory dir)
    {
        var home = dir.File("home");
        Assert.Equal(0, Run("init", "--home", home).Code);
        File.WriteAllText(dir.File("s.csv"), "person_id,region\nS1,north\nS2,south\nS3,north\n");
        Assert.Equal(0, Run("import", dir.File("s.csv"), "--dataset", "survey", "--table", "answers", "--person-key", "person_id", "--home", home).Code);
        return home;
    }

    [Fact]
    public void PolicyShow_Json_SaysWhichRegimeFromWhenAndEveryParameterSource()
    {
        using var dir = new TempDirectory();
        var home = NewHome(dir);

        var (code, output, err) = Run("policy", "show", "--home", home, "--json");

        Assert.True(code == 0, err);
        Assert.Contains("\"effectiveRegime\": \"appi-current\"", output);
        Assert.Contains("\"inForceSince\": \"2022-04-01\"", output);
        Assert.Contains("\"name\": \"child.consentAge\"", output);
        Assert.Contains("\"source\":", output);
    }

    [Fact]
    public void PolicyLoad_MalformedFile_ExitsBadInputNamingTheLine()
    {
        using var dir = new TempDirectory();
        var home = NewHome(dir);
        File.WriteAllText(dir.File("bad.yaml"), "schema: 1\nversion: \"x\"\nregime: appi-nowhere\n");

        var (code, _, err) = Run("policy", "load", dir.File("bad.yaml"), "--steward", "sato", "--home", home);

        Assert.Equal(2, code);
        Assert.StartsWith("error KURA-POLICY-INVALID:", err);
        Assert.Contains("line", err);
    }

    [Fact]
    public void ProjectRequest_Marketing_ExitsRefusedByPolicyCitingTheRule()
    {
        using var dir = new TempDirectory();
        var home = NewHome(dir);

        var (code, output, _) = Run("project", "request", "ads", "--dataset", "survey", "--organization", "AdCo", "--purpose", "marketing",
            "--epsilon", "1", "--home", home, "--json");

        Assert.Equal(5, code);
        Assert.Contains("APPI-PUR-01", output);
    }

    [Fact]
    public void ProjectWorkflow_RequestStepApproveExplain_EndToEnd()
    {
        using var dir = new TempDirectory();
        var home = NewHome(dir);

        Assert.Equal(0, Run("project", "create", "p", "--dataset", "survey", "--organization", "Lab", "--purpose", "statistics",
            "--epsilon", "1", "--release", "dp-query,synthetic", "--home", home).Code);
        Assert.Equal(0, Run("project", "approve", "p", "--steward", "sato", "--home", home).Code);
        var (code, output, _) = Run("policy", "explain", "--project", "p", "--home", home);

        Assert.Equal(0, code);
        Assert.Contains("発動した規則", output);
        Assert.Contains("APPI-STAT-01", output);
        Assert.Contains("Rules that fired", output);
    }

    [Fact]
    public void PolicyDeclare_NoMinors_ShowsTheStewardTheVaultCheck()
    {
        using var dir = new TempDirectory();
        var home = NewHome(dir);
        File.WriteAllText(dir.File("p.csv"), "person_id,age\nP1,34\nP2,51\n");
        Assert.Equal(0, Run("import", dir.File("p.csv"), "--dataset", "clinic", "--table", "patients", "--person-key", "person_id", "--home", home).Code);
        Assert.Equal(0, Run("classify", "clinic", "--accept", "--home", home).Code);

        var (unattested, _, unattestedErr) = Run("policy", "declare", "clinic", "--no-minors", "--home", home);
        var (code, output, err) = Run("policy", "declare", "clinic", "--no-minors", "--attested-by", "sato", "--home", home, "--json");
        var (agesCode, json, _) = Run("policy", "ages", "clinic", "--home", home, "--json");

        Assert.Equal(2, unattested);
        Assert.Contains("KURA-AGE-DECLARATION", unattestedErr);
        Assert.True(code == 0, err);
        Assert.Contains("no subject under 18, attested by steward sato", output);
        Assert.Contains("\"youngestAge\": 34", output);
        Assert.Equal(0, agesCode);
        Assert.Contains("\"policyAge\": 18", json);
        Assert.Equal(2, Run("policy", "declare", "clinic", "--no-minors", "--minors-possible", "--attested-by", "sato", "--home", home).Code);
    }

    [Fact]
    public void IncidentRecord_SqlInWhere_IsRefusedAndNothingRecorded()
    {
        using var dir = new TempDirectory();
        var home = NewHome(dir);

        var (code, _, err) = Run("incident", "record", "--dataset", "survey", "--where", "answers; DROP TABLE answers", "--cause", "leak", "--home", home);

        Assert.Equal(2, code);
        Assert.Contains("KURA-INCIDENT-WHERE", err);
        var (recorded, json, _) = Run("incident", "record", "--dataset", "survey", "--where", "answers.region=north", "--cause", "leak", "--home", home, "--json");
        Assert.Equal(0, recorded);
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal(2, doc.RootElement.GetProperty("assessment").GetProperty("facts").GetProperty("distinctPersons").GetInt64());
        var id = doc.RootElement.GetProperty("id").GetString()!;
        var (shown, _, showErr) = Run("incident", "show", id, "--out", dir.File("reports"), "--holder", "Survey Co", "--contact", "desk@survey.example", "--home", home, "--json");
        Assert.True(shown == 0, showErr);
        Assert.Contains("Personal data incident report", File.ReadAllText(Path.Combine(dir.File("reports"), id + ".md")));
        Assert.True(File.Exists(Path.Combine(dir.File("reports"), id + ".html")));
    }

    [Fact]
    public void Notice_WritesFileAndObjectionListShowsTheRegister()
    {
        using var dir = new TempDirectory();
        var home = NewHome(dir);

        Assert.Equal(0, Run("notice", "survey", "--format", "html", "--out", dir.File("notice.html"), "--holder", "Survey Co", "--contact", "desk@survey.example", "--home", home).Code);
        Assert.Equal(0, Run("objection", "add", "S2", "--dataset", "survey", "--home", home).Code);
        var (code, output, _) = Run("objection", "list", "--home", home, "--json");

        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(dir.File("notice.html")));
        Assert.Equal(0, code);
        Assert.Contains("\"person\": \"S2\"", output);
    }
}
