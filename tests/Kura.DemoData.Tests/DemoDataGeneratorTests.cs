using System.Text;
using Kura.Core;

namespace Kura.DemoData.Tests;

public sealed class DemoDataGeneratorTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "kura-demo-gen-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public void Write_SameSeed_ByteIdenticalFiles()
    {
        var first = Write("a", 2_000, seed: 7);
        var second = Write("b", 2_000, seed: 7);
        foreach (var table in Tables)
            Assert.Equal(File.ReadAllBytes(first.File(table).Path), File.ReadAllBytes(second.File(table).Path));
    }

    [Fact]
    public void Write_DifferentSeed_DifferentFiles()
    {
        var first = Write("a", 2_000, seed: 7);
        var second = Write("b", 2_000, seed: 8);
        foreach (var table in Tables)
            Assert.NotEqual(File.ReadAllBytes(first.File(table).Path), File.ReadAllBytes(second.File(table).Path));
    }

    [Fact]
    public void Write_Result_RowCountsMatchFiles()
    {
        var result = Write("a", 1_500);
        Assert.Equal(1_500, result.File(DemoSchema.PatientsTable).Rows);
        Assert.Equal("utf-8", result.Encoding);
        foreach (var file in result.Files)
            Assert.Equal(file.Rows + 1, File.ReadAllLines(file.Path).Length);
    }

    [Fact]
    public void Write_Result_HeadersFollowSchema()
    {
        var result = Write("a", 200);
        foreach (var table in Tables)
        {
            var header = File.ReadLines(result.File(table).Path).First();
            Assert.Equal(string.Join(",", DemoSchema.ColumnsOf(table).Select(c => c.Name)), header);
        }
    }

    [Fact]
    public void Write_ShiftJis_DecodesStrictlyAsCp932AndMatchesUtf8Content()
    {
        var utf8 = Write("utf8", 1_000, encoding: "utf-8");
        var sjis = Write("sjis", 1_000, encoding: "shift_jis");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var cp932 = Encoding.GetEncoding(932, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        Assert.Equal("shift_jis", sjis.Encoding);
        foreach (var table in Tables)
        {
            var bytes = File.ReadAllBytes(sjis.File(table).Path);
            var decoded = cp932.GetString(bytes);
            Assert.StartsWith(string.Join(",", DemoSchema.ColumnsOf(table).Select(c => c.Name)) + "\r\n", decoded);
            Assert.Equal(File.ReadAllText(utf8.File(table).Path, Encoding.UTF8), decoded);
            Assert.NotEqual(File.ReadAllBytes(utf8.File(table).Path), bytes);
        }
    }

    [Fact]
    public void Write_Progress_ReportsCompletion()
    {
        var reports = new List<DemoDataProgress>();
        var result = DemoDataGenerator.Write(Options("a", 12_000), new SynchronousProgress(reports.Add));
        Assert.Equal([5_000, 10_000, 12_000], reports.Select(r => r.PatientsWritten));
        Assert.All(reports, r => Assert.Equal(12_000, r.PatientsTotal));
        Assert.Equal(result.File(DemoSchema.ClaimsTable).Rows, reports[^1].ClaimsWritten);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(DemoDataOptions.MaxPatients + 1)]
    public void Write_PatientsOutOfRange_Throws(int patients)
    {
        var error = Assert.Throws<KuraException>(() => DemoDataGenerator.Write(Options("a", patients)));
        Assert.Equal("KURA-DEMO-PATIENTS", error.Code);
        Assert.Equal(KuraErrorKind.BadInput, error.Kind);
    }

    [Fact]
    public void Write_UnknownEncoding_Throws()
    {
        var error = Assert.Throws<KuraException>(() => DemoDataGenerator.Write(Options("a", 10) with { Encoding = "latin1" }));
        Assert.Equal("KURA-DEMO-ENCODING", error.Code);
    }

    [Fact]
    public void Write_BlankDirectory_Throws()
    {
        var error = Assert.Throws<KuraException>(() => DemoDataGenerator.Write(new DemoDataOptions { OutputDirectory = " " }));
        Assert.Equal("KURA-DEMO-OUTPUT", error.Code);
    }

    [Fact]
    public void Write_Cancelled_ThrowsOperationCanceled()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.Throws<OperationCanceledException>(() => DemoDataGenerator.Write(Options("a", 6_000), null, cancel.Token));
    }

    [Fact]
    public void Options_Defaults_AsDocumented()
    {
        var options = new DemoDataOptions { OutputDirectory = "x" };
        Assert.Equal(10_000, options.Patients);
        Assert.Equal(DemoDataOptions.DefaultSeed, options.Seed);
        Assert.Equal("utf-8", options.Encoding);
    }

    private static readonly string[] Tables = [DemoSchema.PatientsTable, DemoSchema.ClaimsTable, DemoSchema.FacialImagesTable];

    private DemoDataOptions Options(string sub, int patients) => new() { OutputDirectory = Path.Combine(_root, sub), Patients = patients };

    private DemoDataResult Write(string sub, int patients, long seed = DemoDataOptions.DefaultSeed, string encoding = "utf-8") =>
        DemoDataGenerator.Write(Options(sub, patients) with { Seed = seed, Encoding = encoding });

    // Progress<T> posts to the thread pool; tests need the reports in order, on this thread.
    private sealed class SynchronousProgress(Action<DemoDataProgress> report) : IProgress<DemoDataProgress>
    {
        public void Report(DemoDataProgress value) => report(value);
    }
}
