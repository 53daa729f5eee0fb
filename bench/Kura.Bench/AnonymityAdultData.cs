using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Kura.Anonymity;
using Kura.Anonymity.Hierarchies;

namespace Kura.Bench;

/// <summary>
/// The Adult benchmark data as shipped with ARX (shared/data/adult) and its splitmix64 replicas
/// (recipe in shared/data/README.md), loaded into a <see cref="SourceTable"/> with interned values.
/// </summary>
internal static class AnonymityAdultData
{
    /// <summary>ARX's benchmark quasi-identifiers (anonbench, CBMS 2014); occupation is the sensitive attribute.</summary>
    public static readonly string[] QuasiIdentifiers =
        ["age", "education", "marital-status", "native-country", "race", "salary-class", "sex", "workclass"];

    /// <summary>../shared/data/adult next to the repository root (the directory holding Kura.slnx), found from the
    /// working directory, the binaries or, when those live outside the repository, this source file's path.</summary>
    public static string DefaultDirectory([CallerFilePath] string source = "")
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory, Path.GetDirectoryName(source) ?? "" })
        {
            var dir = new DirectoryInfo(start);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Kura.slnx"))) dir = dir.Parent;
            if (dir is not null) return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", "adult"));
        }
        throw new DirectoryNotFoundException("Kura.slnx not found; pass the Adult data directory as an argument.");
    }

    public static (string[] Header, string[][] Rows) ReadCsv(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(';');
        var rows = lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(';')).ToArray();
        return (header, rows);
    }

    public static IReadOnlyList<QuasiIdentifier> Hierarchies(string directory, IEnumerable<string> columns) =>
        columns.Select(c =>
        {
            using var reader = new StreamReader(Path.Combine(directory, $"adult_hierarchy_{c}.csv"));
            return new QuasiIdentifier(c, HierarchyCsv.Read(reader));
        }).ToArray();

    /// <summary>Column-major table with one string instance per distinct value and column.</summary>
    public static SourceTable ToTable(string[] header, IReadOnlyList<string[]> rows)
    {
        var columns = new IReadOnlyList<string>[header.Length];
        for (var c = 0; c < header.Length; c++)
        {
            var pool = new Dictionary<string, string>(StringComparer.Ordinal);
            var values = new string[rows.Count];
            for (var r = 0; r < rows.Count; r++)
            {
                var v = rows[r][c];
                if (!pool.TryGetValue(v, out var interned)) pool[v] = interned = v;
                values[r] = interned;
            }
            columns[c] = values;
        }
        return new SourceTable(header, columns);
    }

    /// <summary>
    /// The n-row replica as interned columns: row j copies source row j mod 30162; for replica r = j div 30162 ≥ 1,
    /// h = splitmix64(r·2³² + i) shifts age by (h mod 7) − 3 within [17, 90] and may swap in another row's
    /// education ((h ≫ 8) &amp; 15 = 0) and native-country ((h ≫ 12) &amp; 15 = 0).
    /// </summary>
    public static string[][] Replicate(string[] header, string[][] source, int n)
    {
        int age = Array.IndexOf(header, "age"), education = Array.IndexOf(header, "education"), country = Array.IndexOf(header, "native-country");
        var columns = header.Select(_ => new string[n]).ToArray();
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        string Intern(string v) => pool.TryGetValue(v, out var x) ? x : pool[v] = v;
        for (var j = 0; j < n; j++)
        {
            int r = j / source.Length, i = j % source.Length;
            for (var c = 0; c < header.Length; c++) columns[c][j] = Intern(source[i][c]);
            if (r == 0) continue;
            var h = SplitMix64(((ulong)r << 32) + (ulong)i);
            var shifted = Math.Clamp(int.Parse(source[i][age], CultureInfo.InvariantCulture) + (int)(h % 7) - 3, 17, 90);
            columns[age][j] = Intern(shifted.ToString(CultureInfo.InvariantCulture));
            if (((h >> 8) & 15) == 0) columns[education][j] = Intern(source[(int)((h >> 16) % (ulong)source.Length)][education]);
            if (((h >> 12) & 15) == 0) columns[country][j] = Intern(source[(int)((h >> 40) % (ulong)source.Length)][country]);
        }
        return columns;
    }

    /// <summary>sha256 of a column-major table serialised as the README does: header, ';'-separated, LF line ends.</summary>
    public static string Sha256(string[] header, string[][] columns)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var line = new StringBuilder();
        var bytes = new byte[4096];
        void Append(StringBuilder text)
        {
            var length = Encoding.UTF8.GetBytes(text.ToString(), bytes);
            hash.AppendData(bytes, 0, length);
        }
        Append(line.AppendJoin(';', header).Append('\n'));
        for (var r = 0; r < columns[0].Length; r++)
        {
            line.Clear();
            for (var c = 0; c < columns.Length; c++) line.Append(c == 0 ? "" : ";").Append(columns[c][r]);
            Append(line.Append('\n'));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public static SourceTable FromColumns(string[] header, string[][] columns) =>
        new(header, columns.Select(c => (IReadOnlyList<string>)c).ToArray());

    private static ulong SplitMix64(ulong x)
    {
        var z = x + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
