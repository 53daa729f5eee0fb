using System.Text;
using Kura.Anonymity.Pseudonyms;
using Kura.Core;
using Kura.DemoData;
using Kura.Engine.Extracts;

namespace Kura.IntegrationTests.Extracts;

/// <summary>仮名加工情報 end to end on the demo data: deletions, keyed pseudonyms, exclusions, files.</summary>
public class PseudonymizedExtractTests : IClassFixture<PseudonymizedExtractTests.DemoHome>
{
    /// <summary>One demo home for the class (loading it is the slow part); each test writes its own files.</summary>
    public sealed class DemoHome : IDisposable
    {
        public DemoHome()
        {
            Home = new ExtractHome().LoadDemo();
            Home.Approve("p1", ExtractHome.Demo, ReleaseKind.PseudonymizedExtract);
            Home.Approve("p2", ExtractHome.Demo, ReleaseKind.PseudonymizedExtract);
        }

        public ExtractHome Home { get; }

        public void Dispose() => Home.Dispose();
    }

    private readonly ExtractHome _home;

    public PseudonymizedExtractTests(DemoHome demo) => _home = demo.Home;

    private ExtractOutcome Extract(string project, string file, string table, ExtractFileFormat format = ExtractFileFormat.Csv,
                                   ExtractTextEncoding encoding = ExtractTextEncoding.Utf8, IReadOnlyList<string>? columns = null) =>
        _home.Engine.Extract(new ExtractRequest
        {
            Project = project, Kind = ExtractKind.Pseudonymized, OutputPath = _home.Out(file), Tables = [table],
            Columns = columns, Format = format, Encoding = encoding,
        });

    private ExtractCsv Source(string table) => ExtractCsv.Read(_home.DemoFiles!.File(table).Path);

    /// <summary>Source rows of persons the release views keep: not children under 16 shown in a facial image without recorded consent.</summary>
    private IEnumerable<string[]> Released(string table)
    {
        var source = Source(table);
        var id = source.Index("person_id");
        var children = ChildrenWithoutConsent();
        return source.Rows.Where(r => !children.Contains(r[id]));
    }

    private HashSet<string> ChildrenWithoutConsent()
    {
        var faces = Source(DemoSchema.FacialImagesTable);
        var (id, age, consent) = (faces.Index("person_id"), faces.Index("撮影時年齢"), faces.Index("保護者同意"));
        return faces.Rows.Where(r => int.Parse(r[age], System.Globalization.CultureInfo.InvariantCulture) < 16 && r[consent] != "true")
            .Select(r => r[id]).ToHashSet();
    }

    [Fact]
    public void Extract_Patients_DeletesDirectIdentifiersAndMyNumberAndReplacesThePersonKey()
    {
        var outcome = Extract("p1", "patients.csv", DemoSchema.PatientsTable);

        var csv = ExtractCsv.Read(outcome.OutputPath);
        Assert.Equal(["pseudonym", "生年月日", "性別", "都道府県", "市区町村", "郵便番号"], csv.Header);
        Assert.Equal(
            [("氏名", DropReason.DirectIdentifier), ("フリガナ", DropReason.DirectIdentifier), ("個人番号", DropReason.IdentificationCode), ("電話番号", DropReason.DirectIdentifier)],
            outcome.Dropped.Select(d => (d.Column, d.Reason)));
        var source = Source(DemoSchema.PatientsTable);
        var released = File.ReadAllText(outcome.OutputPath);
        foreach (var column in new[] { "person_id", "氏名", "個人番号", "電話番号" })
            Assert.DoesNotContain(source.Column(column), released.Contains);
        Assert.Equal(Released(DemoSchema.PatientsTable).Count(), csv.Rows.Count);
    }

    [Fact]
    public void Extract_SameProjectTwice_SamePseudonymsAsTheKeyedHmacOfEachPerson()
    {
        var first = ExtractCsv.Read(Extract("p1", "claims-1.csv", DemoSchema.ClaimsTable).OutputPath);
        var second = ExtractCsv.Read(Extract("p1", "claims-2.csv", DemoSchema.ClaimsTable).OutputPath);

        var pseudonyms = new ProjectPseudonyms(_home.PseudonymKey(), "p1");
        var expected = Released(DemoSchema.ClaimsTable).Select(r => pseudonyms.For(r[0])).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, first.Column("pseudonym").Order(StringComparer.Ordinal));
        Assert.Equal(expected, second.Column("pseudonym").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Extract_OtherProject_SharesNoPseudonym()
    {
        var p1 = ExtractCsv.Read(Extract("p1", "x-p1.csv", DemoSchema.PatientsTable).OutputPath).Column("pseudonym").ToHashSet();
        var p2 = ExtractCsv.Read(Extract("p2", "x-p2.csv", DemoSchema.PatientsTable).OutputPath).Column("pseudonym").ToList();

        Assert.Equal(p1.Count, p2.Count);
        Assert.DoesNotContain(p2, p1.Contains);
    }

    [Fact]
    public void Extract_FacialTable_NeverHoldsFacesAndLeavesOutChildrenWithoutConsent()
    {
        var outcome = Extract("p1", "faces.csv", DemoSchema.FacialImagesTable);

        var csv = ExtractCsv.Read(outcome.OutputPath);
        Assert.DoesNotContain("顔画像", csv.Header);
        Assert.Contains(outcome.Dropped, d => d.Column == "顔画像" && d.Reason == DropReason.Facial);
        var pseudonyms = new ProjectPseudonyms(_home.PseudonymKey(), "p1");
        var children = ChildrenWithoutConsent().Select(pseudonyms.For).ToHashSet();
        Assert.NotEmpty(children);
        Assert.DoesNotContain(csv.Column("pseudonym"), children.Contains);
        var patients = ExtractCsv.Read(Extract("p1", "faces-patients.csv", DemoSchema.PatientsTable).OutputPath);
        Assert.DoesNotContain(patients.Column("pseudonym"), children.Contains);
    }

    [Fact]
    public void Extract_ExplicitMyNumberColumn_IsRefusedAndNothingWritten()
    {
        var before = _home.ExtractEntries().Count;

        var e = Assert.Throws<KuraException>(() => Extract("p1", "refused.csv", DemoSchema.PatientsTable, columns: ["性別", "個人番号"]));

        Assert.Equal("KURA-EXTRACT-COLUMN-REFUSED", e.Code);
        Assert.Contains("identification code", e.Message);
        Assert.DoesNotContain(_home.OutputFiles(), f => f.Contains("refused", StringComparison.Ordinal));
        Assert.Equal(before, _home.ExtractEntries().Count);
    }

    [Fact]
    public void Extract_RareMunicipalities_AreGroupedSoEveryKeptValueHasFivePersons()
    {
        var outcome = Extract("p1", "rare.csv", DemoSchema.PatientsTable);

        var csv = ExtractCsv.Read(outcome.OutputPath);
        var (city, person) = (csv.Index("市区町村"), csv.Index("pseudonym"));
        var holders = csv.Rows.Where(r => r[city] != ExtractRules.OtherLabel).GroupBy(r => r[city]).Select(g => g.Select(r => r[person]).Distinct().Count());
        Assert.All(holders, n => Assert.True(n >= 5, $"a kept municipality is held by {n} persons"));
        Assert.True(outcome.Statistics.ChangedValues["市区町村"] > 0);
        Assert.False(outcome.Statistics.RiskEnforced);
    }

    [Fact]
    public void Extract_Released_ManifestAndLedgerCarryTheFilesSha256AndNoValues()
    {
        var outcome = Extract("p1", "ledgered.csv", DemoSchema.PatientsTable);

        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(outcome.OutputPath)));
        var manifest = ExtractHome.Manifest(outcome);
        Assert.Equal(sha, manifest["file"]!["sha256"]!.GetValue<string>());
        Assert.Equal(outcome.LedgerSequence, manifest["ledger"]!["sequence"]!.GetValue<long>());
        var entry = Assert.Single(_home.ExtractEntries(), e => e.Payload["release_id"]!.GetValue<string>() == outcome.ReleaseId);
        Assert.Equal(outcome.LedgerSequence, entry.Sequence);
        Assert.Equal(sha, entry.Payload["file_sha256"]!.GetValue<string>());
        Assert.Equal("PseudonymizedExtract", entry.Payload["release_kind"]!.GetValue<string>());
        var payload = entry.Payload.ToJsonString();
        foreach (var value in Source(DemoSchema.PatientsTable).Rows.Take(20).SelectMany(r => r.Skip(1)).Where(v => v.Length > 4))
            Assert.DoesNotContain(value, payload);
        Assert.Contains(_home.Engine.ListExtracts("p1"), r => r.ReleaseId == outcome.ReleaseId && r.Sha256 == sha);
    }

    [Fact]
    public void Extract_ShiftJis_DecodesAsCp932()
    {
        var outcome = Extract("p1", "sjis.csv", DemoSchema.PatientsTable, encoding: ExtractTextEncoding.ShiftJis);

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var cp932 = Encoding.GetEncoding(932, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        var csv = ExtractCsv.Read(outcome.OutputPath, cp932);
        Assert.Equal("性別", csv.Header[2]);
        Assert.Subset(new HashSet<string> { "男", "女" }, csv.Column("性別").ToHashSet());
        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(File.ReadAllBytes(outcome.OutputPath)));
    }

    [Fact]
    public void Extract_Parquet_ReadsBackWithDuckDbWithTypes()
    {
        var outcome = Extract("p1", "claims.parquet", DemoSchema.ClaimsTable, ExtractFileFormat.Parquet);

        using var connection = new DuckDB.NET.Data.DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*), count(DISTINCT pseudonym), typeof(any_value(\"費用_円\")) FROM read_parquet('{outcome.OutputPath.Replace("'", "''")}')";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal(Released(DemoSchema.ClaimsTable).Count(), Convert.ToInt32(reader.GetValue(0)));
        Assert.Equal(Released(DemoSchema.ClaimsTable).Select(r => r[0]).Distinct().Count(), Convert.ToInt32(reader.GetValue(1)));
        Assert.Equal("BIGINT", reader.GetString(2));
    }
}
