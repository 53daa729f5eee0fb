using Kura.Cli;

namespace Kura.IntegrationTests;

/// <summary>The CLI as a user runs it: real parsing, real home, exit codes.</summary>
[Collection(nameof(ConsoleCollection))]
public class CliTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void Demo_RunsGreen()
    {
        var (code, _, err) = Run("demo", "--patients", "400");
        Assert.True(code == 0, err);
    }

    [Fact]
    public void Import_OnUninitialisedHome_ExitsNonZeroWithOneParagraph()
    {
        using var dir = new TempDirectory();
        var (code, _, err) = Run("import", dir.File("x.csv"), "--dataset", "d", "--table", "t", "--person-key", "id", "--home", dir.File("nohome"));
        Assert.NotEqual(0, code);
        Assert.StartsWith("error KURA-HOME-NOT-INITIALIZED:", err);
        Assert.Single(err.Trim().Split('\n'));
    }

    [Fact]
    public void DatasetShow_Json_NeverContainsValues()
    {
        using var dir = new TempDirectory();
        var home = dir.File("home");
        Assert.Equal(0, Run("init", "--home", home).Code);
        Assert.Equal(0, Run("demo-data", "--out", dir.File("data"), "--patients", "200", "--json").Code);
        Assert.Equal(0, Run("import", Path.Combine(dir.File("data"), "patients.csv"), "--dataset", "m", "--table", "patients", "--person-key", "person_id", "--home", home, "--json").Code);
        var (code, output, _) = Run("dataset", "show", "m", "--home", home, "--json");
        Assert.Equal(0, code);
        Assert.Contains("\"persons\": 200", output);
        var firstPatientLine = File.ReadLines(Path.Combine(dir.File("data"), "patients.csv")).Skip(1).First().Split(',');
        foreach (var value in firstPatientLine.Skip(1).Where(v => v.Length > 3))
            Assert.DoesNotContain(value, output);
    }

    [Fact]
    public void Import_PersonKeyAtRow_IsAValueNotAResponseFile()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("census.csv"), "age,sex\n34,F\n51,M\n");
        Assert.Equal(0, Run("init", "--home", dir.File("home")).Code);

        var (code, output, err) = Run("import", dir.File("census.csv"), "--dataset", "census", "--table", "people", "--person-key", "@row", "--home", dir.File("home"), "--json");

        Assert.True(code == 0, err);
        Assert.Contains("\"personCount\": 2", output);
    }
}
