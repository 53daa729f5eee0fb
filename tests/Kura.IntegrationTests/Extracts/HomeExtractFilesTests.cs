using System.Security.Cryptography;
using Kura.Core;
using Kura.Engine;
using Kura.Engine.Extracts;
using Kura.Storage.Extracts;

namespace Kura.IntegrationTests.Extracts;

public class HomeExtractFilesTests
{
    private static readonly ExtractColumn[] Columns =
    [
        new("名前", "t", "名前", ColumnClass.Ordinary, ColumnType.Text, ColumnTreatment.Kept),
        new("n", "t", "n", ColumnClass.Ordinary, ColumnType.Integer, ColumnTreatment.Kept),
    ];

    private static HomeExtractFiles Files(TempDirectory dir) => new(new KuraHome(dir.File("home")));

    [Fact]
    public void Create_CsvWithCommasQuotesAndLineBreaks_ReadsBackExactly()
    {
        using var dir = new TempDirectory();
        using (var writer = Files(dir).Create(dir.File("x.csv"), ExtractFileFormat.Csv, ExtractTextEncoding.Utf8, Columns))
        {
            writer.Write(["a,b", "1"]);
            writer.Write(["say \"hi\"\r\nthere", null]);
            writer.Complete();
            writer.Publish("{}"u8);
        }

        var csv = ExtractCsv.Read(dir.File("x.csv"));
        Assert.Equal(["名前", "n"], csv.Header);
        Assert.Equal(["a,b", "1"], csv.Rows[0]);
        Assert.Equal(["say \"hi\"\r\nthere", ""], csv.Rows[1]);
        Assert.Equal("{}", File.ReadAllText(dir.File("x.csv.manifest.json")));
    }

    [Fact]
    public void Complete_Digest_IsTheSha256OfThePublishedFile()
    {
        using var dir = new TempDirectory();
        using var writer = Files(dir).Create(dir.File("x.csv"), ExtractFileFormat.Csv, ExtractTextEncoding.Utf8, Columns);
        writer.Write(["v", "2"]);

        var digest = writer.Complete();
        writer.Publish("{}"u8);

        var bytes = File.ReadAllBytes(dir.File("x.csv"));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), digest.Sha256);
        Assert.Equal(bytes.Length, digest.Bytes);
    }

    [Fact]
    public void Write_ShiftJisCharacterOutsideCp932_IsRefusedWithoutQuotingTheValue()
    {
        using var dir = new TempDirectory();
        using var writer = Files(dir).Create(dir.File("x.csv"), ExtractFileFormat.Csv, ExtractTextEncoding.ShiftJis, Columns);
        writer.Write(["東京", "1"]);

        var e = Assert.Throws<KuraException>(() => writer.Write(["secret🍣", "2"]));

        Assert.Equal("KURA-EXTRACT-ENCODING", e.Code);
        Assert.Contains("'名前'", e.Message);
        Assert.DoesNotContain("secret", e.Message);
    }

    [Fact]
    public void Dispose_Unpublished_LeavesNoFileBehind()
    {
        using var dir = new TempDirectory();
        using (var writer = Files(dir).Create(dir.File("x.parquet"), ExtractFileFormat.Parquet, ExtractTextEncoding.Utf8, Columns))
        {
            writer.Write(["v", "2"]);
            writer.Complete();
        }

        Assert.Empty(Directory.EnumerateFileSystemEntries(dir.Path));
    }

    [Fact]
    public void CheckTarget_ExistingFileOrManifest_IsRefused()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("a.csv"), "");
        File.WriteAllText(dir.File("b.csv.manifest.json"), "");

        Assert.Equal("KURA-EXTRACT-OUT-EXISTS", Assert.Throws<KuraException>(() => Files(dir).CheckTarget(dir.File("a.csv"))).Code);
        Assert.Equal("KURA-EXTRACT-OUT-EXISTS", Assert.Throws<KuraException>(() => Files(dir).CheckTarget(dir.File("b.csv"))).Code);
        Assert.Equal("KURA-EXTRACT-OUT-DIRECTORY", Assert.Throws<KuraException>(() => Files(dir).CheckTarget(dir.File("missing/c.csv"))).Code);
    }
}
