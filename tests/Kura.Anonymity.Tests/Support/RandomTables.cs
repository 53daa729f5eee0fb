using Kura.Anonymity.Hierarchies;

namespace Kura.Anonymity.Tests.Support;

/// <summary>
/// Small skewed tables with binary hierarchies (value → pairs → quadruples → *), drawn from a seeded SplitMix64
/// so every run sees the same tables: big classes next to rare values, where suppression changes the average risk.
/// </summary>
internal static class RandomTables
{
    public static (SourceTable Table, QuasiIdentifier[] QuasiIdentifiers) Draw(ulong seed, int columns, int rows)
    {
        var state = seed;
        var names = Enumerable.Range(0, columns).Select(c => $"q{c}").ToArray();
        var domains = names.Select(_ => 4 + (int)(Next(ref state) % 5)).ToArray();
        var values = domains.Select(d => Enumerable.Range(0, rows).Select(_ => $"v{Skewed(ref state, d)}").ToArray()).ToArray();
        var qis = names.Select((n, c) => new QuasiIdentifier(n, Binary(domains[c]))).ToArray();
        return (Tables.Columns([.. names.Select((n, c) => (n, values[c]))]), qis);
    }

    public static ulong Next(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    // Squaring a uniform draw makes low indices common and high ones rare.
    private static int Skewed(ref ulong state, int domain)
    {
        var u = (Next(ref state) >> 11) / (double)(1UL << 53);
        return Math.Min(domain - 1, (int)(domain * u * u));
    }

    private static Hierarchy Binary(int domain) => Hierarchy.FromRows(Enumerable.Range(0, domain)
        .Select(i => (IReadOnlyList<string>)[$"v{i}", $"p{i / 2}", $"f{i / 4}", "*"]));
}
