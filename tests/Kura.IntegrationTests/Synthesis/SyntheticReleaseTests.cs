using System.Security.Cryptography;
using DuckDB.NET.Data;
using Kura.Core;
using Kura.Engine.Synthesis;
using Kura.IntegrationTests.Extracts;
using Kura.Ledger;
using Kura.Privacy.Accounting;
using Kura.Privacy.Arithmetic;
using Kura.Synthesis;

namespace Kura.IntegrationTests.Synthesis;

/// <summary>KuraEngine.Synthesize end to end on demo data: the file, its domains, the spend and the manifest.</summary>
public class SyntheticReleaseTests
{
    private const string Project = "synth";

    private static readonly string[] Features =
    [
        "age=age:patients.生年月日:0:100:20",
        "sex=category:patients.性別",
        "prefecture=category:patients.都道府県",
        "circulatory=count:claims.傷病名コード=I00..I99:2",
        "cost=sumband:claims.費用_円:0:100000:25000",
        "claims=count:claims:5",
    ];

    // Written out by hand from the declarations above, not from Kura's domain types.
    private static readonly Dictionary<string, HashSet<string>> Allowed = new()
    {
        ["age"] = ["[0, 20)", "[20, 40)", "[40, 60)", "[60, 80)", "[80, 100]"],
        ["sex"] = ["男", "女", "その他"],
        ["prefecture"] = [.. JapanesePrefectures.Names, "その他"],
        ["circulatory"] = ["0", "1", "2"],
        ["cost"] = ["[0, 25000)", "[25000, 50000)", "[50000, 75000)", "[75000, 100000]"],
        ["claims"] = ["0", "1", "2", "3", "4", "5"],
    };

    private static SynthHome DemoHome(decimal budget = 5)
    {
        var home = new SynthHome().LoadDemo();
        home.Approve(Project, SynthHome.Demo, budget, 0.000001m, ReleaseKind.Synthetic);
        return home;
    }

    private static SyntheticRequest PerPerson(SynthHome home, string file, int rows = 2_000) => new()
    {
        Project = Project, Epsilon = 1m, Rows = rows, OutputPath = home.Out(file), Method = SynthesisMethod.Mst,
        Features = [.. Features.Select(PersonFeatureSpec.Parse)],
    };

    [Fact]
    public void Synthesize_PerPersonDemo_EveryValueLiesInItsDeclaredDomain()
    {
        using var home = DemoHome();

        var outcome = home.Engine.Synthesize(PerPerson(home, "persons.csv"));

        var csv = ExtractCsv.Read(outcome.OutputPath);
        Assert.Equal(Allowed.Keys, csv.Header);
        Assert.Equal(2_000, csv.Rows.Count);
        foreach (var column in csv.Header)
            Assert.All(csv.Column(column), value => Assert.Contains(value, Allowed[column]));
        Assert.Equal("claims", outcome.Utility.Classifier?.TargetColumn); // the last categorical column
    }

    [Fact]
    public void Synthesize_Once_SpendsTheReservedCostExactlyOnceAndLedgersItOnce()
    {
        using var home = DemoHome();
        var before = home.Spent(Project);
        var reservedBefore = home.Entries(LedgerEntryTypes.BudgetReserved).Count;

        var outcome = home.Engine.Synthesize(PerPerson(home, "once.csv"));

        var rho = ZcdpConversion.MaxRhoWithin(Rational.FromDecimal(1m), Rational.FromDecimal(0.000001m));
        Assert.Equal(rho, outcome.Cost.Rho);
        Assert.Equal(before.Rho + rho, home.Spent(Project).Rho);
        var reserved = home.Entries(LedgerEntryTypes.BudgetReserved);
        Assert.Equal(reservedBefore + 1, reserved.Count);
        Assert.Equal(outcome.ReleaseId, reserved[^1].Payload["release_id"]!.GetValue<string>());
        Assert.Equal(rho.ToString(), reserved[^1].Payload["cost"]!["rho"]!.GetValue<string>());
        var released = Assert.Single(home.Entries(LedgerEntryTypes.SyntheticReleased));
        Assert.Equal(outcome.ReleaseId, released.Payload["release_id"]!.GetValue<string>());
        Assert.Equal("Synthetic", released.Payload["release_kind"]!.GetValue<string>());
        Assert.Equal(rho.ToString(), released.Payload["cost"]!["rho"]!.GetValue<string>());
    }

    [Fact]
    public void Synthesize_StoppedAfterTheReservation_KeepsTheSpendAndLeavesNoFile()
    {
        using var home = DemoHome();
        using var stop = new CancellationTokenSource();

        Assert.ThrowsAny<OperationCanceledException>(() => home.Engine.Synthesize(PerPerson(home, "stopped.csv", rows: 500),
            new StageProgress(stage => { if (stage == "writing") stop.Cancel(); }), stop.Token));

        Assert.Equal(ZcdpConversion.MaxRhoWithin(Rational.FromDecimal(1m), Rational.FromDecimal(0.000001m)), home.Spent(Project).Rho);
        Assert.Single(home.Entries(LedgerEntryTypes.BudgetReserved));
        Assert.Empty(home.Entries(LedgerEntryTypes.SyntheticReleased));
        Assert.Empty(home.OutputFiles());
    }

    // Reports on the caller's thread, so the stage is seen before the engine moves on.
    private sealed class StageProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }

    [Fact]
    public void Synthesize_Manifest_HashMatchesTheFileAndTheLedger()
    {
        using var home = DemoHome();

        var outcome = home.Engine.Synthesize(PerPerson(home, "hashed.csv", rows: 500));

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(outcome.OutputPath)));
        var manifest = SynthHome.Manifest(outcome);
        Assert.Equal(sha256, manifest["file"]!["sha256"]!.GetValue<string>());
        Assert.Equal(sha256, Assert.Single(home.Entries(LedgerEntryTypes.SyntheticReleased)).Payload["file_sha256"]!.GetValue<string>());
        Assert.Equal(outcome.LedgerSequence, manifest["ledger"]!["sequence"]!.GetValue<long>());
        Assert.Equal("mst", manifest["privacy"]!["method"]!.GetValue<string>());
        Assert.Equal(Features.Length, manifest["columns"]!.AsArray().Count);
        Assert.Equal(["hashed.csv", "hashed.csv.manifest.json"], home.OutputFiles().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Synthesize_SingleTableParquet_DefaultsToTheColumnsWithDomains()
    {
        using var home = DemoHome();

        var outcome = home.Engine.Synthesize(new SyntheticRequest
        {
            Project = Project, Epsilon = 1m, Rows = 300, OutputPath = home.Out("patients.parquet"), Table = "patients",
            Format = Kura.Engine.Extracts.ExtractFileFormat.Parquet,
        });

        Assert.Equal(["性別", "都道府県"], outcome.Columns.Select(c => c.Name));
        Assert.Equal(SynthesisMethod.Mst, outcome.Method);
        var rows = ReadParquet(outcome.OutputPath);
        Assert.Equal(300, rows.Count);
        Assert.All(rows, r => Assert.Contains(r.Sex, Allowed["sex"]));
        Assert.All(rows, r => Assert.Contains(r.Prefecture, Allowed["prefecture"]));
    }

    // An in-memory DuckDB of its own reads the file: nothing of Kura's is involved.
    private static List<(string Sex, string Prefecture)> ReadParquet(string path)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT \"性別\", \"都道府県\" FROM read_parquet('{path.Replace("'", "''", StringComparison.Ordinal)}')";
        using var reader = command.ExecuteReader();
        var rows = new List<(string, string)>();
        while (reader.Read()) rows.Add((reader.GetString(0), reader.GetString(1)));
        return rows;
    }
}
