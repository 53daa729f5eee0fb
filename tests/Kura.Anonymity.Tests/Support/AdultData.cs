using System.Runtime.CompilerServices;
using Kura.Anonymity.Hierarchies;

namespace Kura.Anonymity.Tests.Support;

/// <summary>The Adult data and ARX hierarchies from shared/data/adult, loaded once.</summary>
internal static class AdultData
{
    private static readonly Lazy<(string[] Header, string[][] Rows)> Csv = new(() =>
    {
        var lines = File.ReadAllLines(Path.Combine(Directory(), "adult.csv"));
        return (lines[0].Split(';'), lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(';')).ToArray());
    });

    /// <summary>ARX's benchmark quasi-identifiers.</summary>
    public static readonly string[] BenchmarkQuasiIdentifiers =
        ["age", "education", "marital-status", "native-country", "race", "salary-class", "sex", "workclass"];

    public static string Directory([CallerFilePath] string source = "")
    {
        var dir = new FileInfo(source).Directory;
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Kura.slnx"))) dir = dir.Parent;
        if (dir is null) throw new InvalidOperationException("Kura.slnx not found above the test sources.");
        return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", "adult"));
    }

    public static string[] Header => Csv.Value.Header;

    /// <summary>The whole table, or every <paramref name="stride"/>-th row of it.</summary>
    public static SourceTable Table(int stride = 1)
    {
        var rows = Csv.Value.Rows.Where((_, i) => i % stride == 0).ToArray();
        return Tables.FromRows(Header, rows);
    }

    public static Hierarchy Hierarchy(string column)
    {
        using var reader = new StreamReader(Path.Combine(Directory(), $"adult_hierarchy_{column}.csv"));
        return HierarchyCsv.Read(reader);
    }

    public static QuasiIdentifier[] QuasiIdentifiers(params string[] columns) =>
        columns.Select(c => new QuasiIdentifier(c, Hierarchy(c))).ToArray();
}
