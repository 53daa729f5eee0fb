using Kura.Privacy.Arithmetic;
using Kura.Privacy.Sampling;
using Kura.Synthesis.Domains;
using Kura.Synthesis.Tests.Support;
using Xunit.Abstractions;

namespace Kura.Synthesis.Tests.Statistical;

/// <summary>
/// Membership check on rare combinations: 25 unique records planted in the real data ("members") must not turn up
/// in the synthetic rows more often than 25 equally rare records that were not planted ("controls").
/// </summary>
public class MembershipTests(ITestOutputHelper output)
{
    private const int Columns = 6, Size = 6, Background = 3_000, Planted = 25, SyntheticRows = 6_000;

    [Theory]
    [InlineData(SynthesisMethod.Mst, "10")]
    [InlineData(SynthesisMethod.Aim, "10")]
    public void Synthesize_PlantedRareRecords_AreNotReproducedMoreThanChance(SynthesisMethod method, string rho)
    {
        var (table, members, controls) = PlantedTable();
        var synthetic = Synthesizer.Synthesize(new SynthesisRequest
        {
            Table = table, Rho = Rational.Parse(rho), Rows = SyntheticRows, Method = method, FitIterations = 500,
            Workload = [["c0", "c1"], ["c1", "c2"], ["c2", "c3"], ["c3", "c4"], ["c4", "c5"], ["c0", "c5"]],
        }).Rows;
        var (memberHits, controlHits) = (Hits(synthetic, members), Hits(synthetic, controls));
        output.WriteLine($"{method}: member hits {memberHits}, control hits {controlHits}");
        Assert.True(memberHits <= controlHits + 6, $"planted records reproduced {memberHits} times against {controlHits} for controls");
    }

    [Fact]
    public void Hits_CopyingSynthesizer_IsCaughtByTheSameCheck()
    {
        // A "synthesizer" that resamples real rows reproduces members about 2 × (1 − e^-1) ≈ 1.3 times each.
        var (table, members, controls) = PlantedTable();
        var rng = new CryptoRandomBits();
        var copied = table.SelectRows(Enumerable.Range(0, SyntheticRows).Select(_ => (int)rng.UniformBelow((ulong)table.RowCount)).ToArray());
        Assert.False(Hits(copied, members) <= Hits(copied, controls) + 6);
    }

    private static (EncodedTable Table, int[][] Members, int[][] Controls) PlantedTable()
    {
        var rng = new CryptoRandomBits();
        var background = Tables.Chain(Background, Columns, Size, rng);
        var seen = Enumerable.Range(0, background.RowCount).Select(r => Key(Tables.Row(background, r))).ToHashSet();
        // Rare records: every column differs from the previous one, which the chain makes unlikely (p ≈ (1/3)^5 per row pattern class).
        var rare = new List<int[]>();
        while (rare.Count < 2 * Planted)
        {
            var row = new int[Columns];
            row[0] = (int)rng.UniformBelow((ulong)Size);
            for (var c = 1; c < Columns; c++)
                row[c] = (row[c - 1] + 1 + (int)rng.UniformBelow((ulong)(Size - 1))) % Size;
            if (seen.Add(Key(row)))
                rare.Add(row);
        }
        var members = rare.Take(Planted).ToArray();
        var rows = Enumerable.Range(0, background.RowCount).Select(r => Tables.Row(background, r)).Concat(members).ToArray();
        return (Tables.FromRows(Enumerable.Repeat(Size, Columns).ToArray(), rows), members, rare.Skip(Planted).ToArray());
    }

    private static int Hits(EncodedTable synthetic, int[][] records)
    {
        var wanted = records.Select(Key).ToHashSet();
        return Enumerable.Range(0, synthetic.RowCount).Count(r => wanted.Contains(Key(Tables.Row(synthetic, r))));
    }

    private static string Key(int[] row) => string.Join(",", row);
}
