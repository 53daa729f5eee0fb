using System.Security.Cryptography;
using Kura.Core;
using Kura.Engine;
using Kura.Engine.Extracts;
using Kura.Storage.Extracts;

namespace Kura.IntegrationTests.Extracts;

public sealed class HomeExtractFilesTests : IDisposable
{
    private static readonly ExtractColumn[] Columns =
    [
        new("名前", "t", "名前", ColumnClass.Ordinary, ColumnType.Text, ColumnTreatment.Kept),
        new("n", "t", "n", ColumnClass.Ordinary, ColumnType.Integer, ColumnTreatment.Kept),
    ];

    private readonly TempDirectory _home = new();

    // The home lives apart from the output directory, so the tests can check the output directory holds nothing else.
    private HomeExtractFiles Files(TempDirectory _) => new(new KuraHome(_home.Path));

    private string PendingRecord => Path.Combine(_home.Path, "pending-outputs");

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

    [Theory]
    [InlineData(ExtractFileFormat.Csv, "x.csv")]
    [InlineData(ExtractFileFormat.Parquet, "x.parquet")]
    public void Create_TemporaryFile_IsOwnerOnlyAndRecordedInTheHomeUntilPublished(ExtractFileFormat format, string name)
    {
        if (OperatingSystem.IsWindows()) return;   // Unix permissions only
        using var dir = new TempDirectory();
        using var writer = Files(dir).Create(dir.File(name), format, ExtractTextEncoding.Utf8, Columns);
        writer.Write(["v", "2"]);

        var temporary = Assert.Single(Directory.GetFiles(dir.Path));
        Assert.StartsWith(".", Path.GetFileName(temporary));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(temporary));
        Assert.Contains(temporary, File.ReadAllText(PendingRecord));
        writer.Complete();
        Assert.Equal([temporary], Directory.GetFiles(dir.Path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(temporary));

        writer.Publish("{}"u8);

        Assert.False(File.Exists(PendingRecord));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(dir.File(name)));
        Assert.Equal([name, name + ".manifest.json"], Directory.GetFiles(dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void CheckTarget_LeftoverOfAKilledRun_IsDeletedAndForgotten()
    {
        using var dir = new TempDirectory();
        var leftover = dir.File(".old.csv.0123456789ab.tmp");
        File.WriteAllText(leftover, "rows of a release that never happened");
        File.WriteAllText(PendingRecord, $"{int.MaxValue}\t{leftover}\n");   // no process has this id

        Files(dir).CheckTarget(dir.File("new.csv"));

        Assert.False(File.Exists(leftover));
        Assert.False(File.Exists(PendingRecord));
    }

    [Fact]
    public void CheckTarget_RecordedFileOfARunningProcessOrNotATemporaryName_IsKept()
    {
        using var dir = new TempDirectory();
        var running = dir.File(".busy.csv.0123456789ab.tmp");
        var other = dir.File("released.csv");
        File.WriteAllText(running, "");
        File.WriteAllText(other, "");
        File.WriteAllText(PendingRecord, $"1\t{running}\n{int.MaxValue}\t{other}\n");   // process 1 always runs

        Files(dir).CheckTarget(dir.File("new.csv"));

        Assert.True(File.Exists(running));
        Assert.True(File.Exists(other));
        Assert.Equal($"1\t{running}\n", File.ReadAllText(PendingRecord));
    }

    public void Dispose() => _home.Dispose();
}
