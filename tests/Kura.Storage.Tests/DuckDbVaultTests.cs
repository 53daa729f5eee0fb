using System.Text;
using Kura.Core;

namespace Kura.Storage.Tests;

public sealed class DuckDbVaultTests : IDisposable
{
    private readonly VaultFixture _f = new();

    public void Dispose() => _f.Dispose();

    private const string Claims = "id,visit,cost,code\nP1,2023-04-01,120.5,0012\nP1,2023-04-03,80,0013\nP2,2023-05-01,15.25,0100\n";

    [Fact]
    public void StageImport_Utf8WithoutBom_InfersTypesAndCounts()
    {
        var table = _f.Import(_f.WriteText("c.csv", Claims), "claims");
        Assert.Equal(3, table.RowCount);
        Assert.Equal(2, table.PersonCount);
        Assert.Equal(10, table.MaxRowsPerPerson);
        Assert.Equal([ColumnType.Text, ColumnType.Date, ColumnType.Decimal, ColumnType.Text], table.Columns.Select(c => c.Type));
        Assert.Equal([ColumnClass.PersonKey, ColumnClass.Ordinary, ColumnClass.Ordinary, ColumnClass.Ordinary], table.Columns.Select(c => c.Class));
        var row = _f.Query("SELECT visit, cost, code FROM ds.claims WHERE id = 'P2'")[0];
        Assert.Equal(new DateOnly(2023, 5, 1), row[0]);
        Assert.Equal(15.25m, row[1]);
        Assert.Equal("0100", row[2]);
    }

    [Fact]
    public void StageImport_Utf8WithBom_ReadsFirstColumnName()
    {
        var path = _f.WriteBytes("bom.csv", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("id,氏名\n1,髙橋\n")]);
        using var staged = _f.Vault.StageImport(VaultFixture.Request(path, "t"));
        Assert.Equal("utf-8", staged.Encoding);
        Assert.Equal(["id", "氏名"], staged.Table.Columns.Select(c => c.Name));
        Assert.Equal(ColumnType.Integer, staged.Table.Columns[0].Type);
    }

    [Theory]
    [InlineData("auto")]
    [InlineData("shift_jis")]
    public void StageImport_ShiftJis_RoundTripsCharacters(string encoding)
    {
        const string names = "髙橋①,山﨑ｶﾀｶﾅ,～－㈱";
        var text = "id,氏名\n" + string.Join("", names.Split(',').Select((n, i) => $"{i + 1},{n}\n"));
        var path = _f.WriteBytes("sjis.csv", ShiftJis().GetBytes(text));
        using (var staged = _f.Vault.StageImport(VaultFixture.Request(path, "people", encoding: encoding)))
        {
            Assert.Equal("shift_jis", staged.Encoding);
            Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path))), staged.SourceSha256);
            staged.Commit();
        }
        var loaded = _f.Query("SELECT \"氏名\" FROM ds.people ORDER BY id").Select(r => (string)r[0]!);
        Assert.Equal(names.Split(','), loaded);
    }

    [Theory]
    [InlineData(',')]
    [InlineData('\t')]
    [InlineData(';')]
    public void StageImport_Delimiter_IsDetected(char delimiter)
    {
        var text = Claims.Replace(",", delimiter.ToString(), StringComparison.Ordinal);
        var table = _f.Import(_f.WriteText("d.csv", text), "claims");
        Assert.Equal(4, table.Columns.Count);
        Assert.Equal(15.25m, _f.Query("SELECT cost FROM ds.claims WHERE id = 'P2'")[0][0]);
    }

    [Fact]
    public void StageImport_EraDates_LoadAsDates()
    {
        var text = "id,born\n1,令和5年4月1日\n2,R5.4.1\n3,平成31年4月30日\n4,令和元年5月1日\n5,2020/2/29\n6,\n";
        var table = _f.Import(_f.WriteText("era.csv", text), "t");
        Assert.Equal(ColumnType.Date, table.FindColumn("born")!.Type);
        var dates = _f.Query("SELECT born FROM ds.t ORDER BY id").Select(r => r[0]).ToList();
        Assert.Equal([new DateOnly(2023, 4, 1), new DateOnly(2023, 4, 1), new DateOnly(2019, 4, 30), new DateOnly(2019, 5, 1), new DateOnly(2020, 2, 29), null], dates);
    }

    [Fact]
    public void StageImport_TypeOverride_ReplacesInferredType()
    {
        var overrides = new Dictionary<string, ColumnType> { ["cost"] = ColumnType.Text, ["code"] = ColumnType.Integer };
        var table = _f.Import(_f.WriteText("o.csv", Claims.Replace("0012", "12").Replace("0013", "13").Replace("0100", "100")), "t", overrides: overrides);
        Assert.Equal(ColumnType.Text, table.FindColumn("cost")!.Type);
        Assert.Equal(ColumnType.Integer, table.FindColumn("code")!.Type);
        Assert.Equal(100L, _f.Query("SELECT code FROM ds.t WHERE id = 'P2'")[0][0]);
    }

    [Fact]
    public void StageImport_LaterValueBeyondSample_WidensInferredType()
    {
        var sb = new StringBuilder("id,n\n");
        for (var i = 0; i < 25_000; i++) sb.Append(i).Append(',').Append(i % 7).Append('\n');
        sb.Append("x,1.5\n");
        var table = _f.Import(_f.WriteText("wide.csv", sb.ToString()), "t");
        Assert.Equal(ColumnType.Text, table.FindColumn("id")!.Type);
        Assert.Equal(ColumnType.Decimal, table.FindColumn("n")!.Type);
        Assert.Equal(1.5m, _f.Query("SELECT n FROM ds.t WHERE id = 'x'")[0][0]);
    }

    [Fact]
    public void StageImport_RowDataset_GivesEachRowItsOwnId()
    {
        var table = _f.Import(_f.WriteText("census.csv", "age,sex\n30,M\n30,M\n41,F\n"), "census", personKey: "@row");
        Assert.Equal((3L, 3L, 1), (table.RowCount, table.PersonCount, table.MaxRowsPerPerson));
        Assert.All(table.Columns, c => Assert.Equal(ColumnClass.Ordinary, c.Class));
        var ids = _f.Query("SELECT count(DISTINCT __kura_row), min(__kura_rank), max(__kura_rank) FROM ds.census")[0];
        Assert.Equal([3L, 1L, 1L], ids);
    }

    [Fact]
    public void StageImport_Parquet_LoadsWithTypes()
    {
        var path = Path.Combine(_f.Directory, "p.parquet");
        _f.Query($"COPY (SELECT 'P' || (i % 5) AS id, i::INTEGER AS n, DATE '2023-01-01' + i::INTEGER AS d, i / 4 AS x FROM range(20) t(i)) TO '{path}' (FORMAT parquet)");
        using var staged = _f.Vault.StageImport(VaultFixture.Request(path, "p"));
        Assert.Equal("parquet", staged.Encoding);
        Assert.Equal((20L, 5L), (staged.Table.RowCount, staged.Table.PersonCount));
        Assert.Equal([ColumnType.Text, ColumnType.Integer, ColumnType.Date, ColumnType.Decimal], staged.Table.Columns.Select(c => c.Type));
        staged.Commit();
        Assert.Equal(4L, _f.Query("SELECT max(__kura_rank) FROM ds.p")[0][0]);
    }

    [Fact]
    public void StageImport_ParquetWithEmptyPersonKey_NamesRow()
    {
        var path = Path.Combine(_f.Directory, "nullkey.parquet");
        _f.Query($"COPY (SELECT CASE WHEN i = 6 THEN NULL ELSE 'P' || i END AS id, i AS n FROM range(10) t(i)) TO '{path}' (FORMAT parquet)");
        var before = _f.Fingerprint();
        var e = Assert.Throws<KuraException>(() => _f.Import(path, "p"));
        Assert.Equal("KURA-IMPORT-PERSON-KEY-EMPTY", e.Code);
        Assert.Contains("row 7", e.Message);
        Assert.Equal(before, _f.Fingerprint());
    }

    [Fact]
    public void Commit_Replace_SwapsTableAtomically()
    {
        _f.Import(_f.WriteText("a.csv", "id,v\n1,old\n"), "t");
        _f.Import(_f.WriteText("b.csv", "id,v\n1,new\n2,new\n"), "t", replace: true);
        Assert.Equal(["new", "new"], _f.Query("SELECT v FROM ds.t").Select(r => r[0]));
    }

    [Fact]
    public void StageImport_FailedReplace_KeepsOldTable()
    {
        _f.Import(_f.WriteText("a.csv", "id,v\n1,old\n"), "t");
        var before = _f.Fingerprint();
        Assert.Throws<KuraException>(() => _f.Import(_f.WriteText("b.csv", "id,v\n1,new\n2\n"), "t", replace: true));
        Assert.Equal(before, _f.Fingerprint());
    }

    [Fact]
    public void Dispose_WithoutCommit_LeavesVaultAsBefore()
    {
        var before = _f.Fingerprint();
        using (_f.Vault.StageImport(VaultFixture.Request(_f.WriteText("c.csv", Claims), "t", dataset: "新規")))
        {
        }
        Assert.Equal(before, _f.Fingerprint());
        Assert.False(_f.Vault.TableExists("新規", "t"));
    }

    [Fact]
    public void SampleValues_Column_ReturnsNonNullValuesAsText()
    {
        _f.Import(_f.WriteText("c.csv", Claims), "claims");
        var values = _f.Vault.SampleValues("ds", "claims", "cost", 10);
        Assert.Equal(["120.50", "15.25", "80.00"], values.Order());
        Assert.Throws<KuraException>(() => _f.Vault.SampleValues("ds", "claims", "__kura_rank", 10));
    }

    [Fact]
    public void Backend_Execute_ReturnsProviderTypes()
    {
        _f.Import(_f.WriteText("c.csv", Claims), "claims");
        Assert.Equal("duckdb", _f.Vault.Backend.Dialect);
        var row = _f.Query("SELECT count(*), sum(cost), min(visit) FROM ds.claims")[0];
        Assert.Equal(3L, row[0]);
        Assert.Equal(215.75m, row[1]);
        Assert.Equal(new DateOnly(2023, 4, 1), row[2]);
    }

    [Theory]
    [InlineData("bad name")]
    [InlineData("a-b")]
    [InlineData("__kura_x")]
    [InlineData("main")]
    [InlineData("")]
    public void StageImport_InvalidDatasetName_Throws(string dataset)
    {
        var e = Assert.Throws<KuraException>(() => _f.Vault.StageImport(VaultFixture.Request(_f.WriteText("c.csv", Claims), "t", dataset: dataset)));
        Assert.Equal("KURA-VAULT-NAME-INVALID", e.Code);
    }

    [Fact]
    public void StageImport_JapaneseNames_AreAccepted()
    {
        var table = _f.Import(_f.WriteText("c.csv", Claims), "レセプト_2023", dataset: "病院データ");
        Assert.Equal("レセプト_2023", table.Name);
        Assert.True(_f.Vault.TableExists("病院データ", "レセプト_2023"));
    }

    [Fact]
    public void StageImport_Progress_ReportsVerifyingAndLoadingStages()
    {
        var sb = new StringBuilder("id,v\n");
        for (var i = 0; i < 300_000; i++) sb.Append('P').Append(i % 5000).Append(',').Append(i).Append('\n');
        var path = _f.WriteText("big.csv", sb.ToString());
        var reports = new System.Collections.Concurrent.ConcurrentQueue<Kura.Engine.Intake.ImportProgress>();
        using (var staged = _f.Vault.StageImport(VaultFixture.Request(path, "t"), new SyncProgress(reports.Enqueue)))
            staged.Commit();
        var length = new FileInfo(path).Length;
        Assert.Contains(reports, r => r.Stage == "verifying" && r.Done == length && r.Total == length);
        Assert.Contains(reports, r => r.Stage == "loading" && r.Total == length);
        Assert.All(reports, r => Assert.InRange(r.Done, 0, r.Total));
    }

    private sealed class SyncProgress(Action<Kura.Engine.Intake.ImportProgress> report) : IProgress<Kura.Engine.Intake.ImportProgress>
    {
        public void Report(Kura.Engine.Intake.ImportProgress value) => report(value);
    }

    private static Encoding ShiftJis() => Kura.Storage.Intake.ShiftJis.Strict;
}
