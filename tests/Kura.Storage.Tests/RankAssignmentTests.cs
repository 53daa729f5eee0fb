using System.Text;
using System.Text.RegularExpressions;
using Kura.Storage.Vault;

namespace Kura.Storage.Tests;

/// <summary>The hidden rank: exactly 1..n_p per person, in an order independent of file position and values.</summary>
public sealed class RankAssignmentTests : IDisposable
{
    private readonly VaultFixture _f = new();

    public void Dispose() => _f.Dispose();

    [Fact]
    public void Rank_EveryPerson_HasRanksOneToRowCount()
    {
        var sb = new StringBuilder("id,v\n");
        for (var i = 0; i < 5000; i++) sb.Append("P").Append(i * 7919 % 613).Append(',').Append(i).Append('\n');
        var table = _f.Import(_f.WriteText("r.csv", sb.ToString()), "t");
        Assert.Equal(613, table.PersonCount);
        var bad = _f.Query(
            "SELECT count(*) FROM (SELECT id, count(*) n, count(DISTINCT __kura_rank) d, min(__kura_rank) lo, max(__kura_rank) hi " +
            "FROM ds.t GROUP BY id) WHERE d <> n OR lo <> 1 OR hi <> n")[0][0];
        Assert.Equal(0L, bad);
    }

    [Fact]
    public void Rank_PersonsWithTwoRows_FirstFileRowRankedFirstAboutHalfTheTime()
    {
        // 4000 persons with two rows each; the first row also has the smaller value. Under a uniform order the
        // count of first-rows ranked 1 is Binomial(4000, 1/2): mean 2000, sd 31.6; the band is ±5 sd.
        const int persons = 4000;
        var sb = new StringBuilder("id,seq\n");
        for (var i = 0; i < persons; i++) sb.Append('P').Append(i).Append(',').Append(2 * i).Append('\n');
        for (var i = 0; i < persons; i++) sb.Append('P').Append(i).Append(',').Append(2 * i + 1).Append('\n');
        _f.Import(_f.WriteText("two.csv", sb.ToString()), "t");
        var firstRankedFirst = (long)_f.Query("SELECT count(*) FROM ds.t WHERE __kura_rank = 1 AND seq % 2 = 0")[0][0]!;
        Assert.InRange(firstRankedFirst, 2000 - 158, 2000 + 158);
    }

    [Fact]
    public void Rank_ReimportSameFile_DrawsFreshOrder()
    {
        var sb = new StringBuilder("id,seq\n");
        for (var i = 0; i < 2000; i++) sb.Append("P").Append(i % 100).Append(',').Append(i).Append('\n');
        var path = _f.WriteText("same.csv", sb.ToString());
        _f.Import(path, "a");
        _f.Import(path, "b");
        var same = (long)_f.Query("SELECT count(*) FROM ds.a JOIN ds.b USING (seq) WHERE a.__kura_rank = b.__kura_rank")[0][0]!;
        Assert.True(same < 1000, $"ranks of two imports agree on {same} of 2000 rows");
    }

    [Fact]
    public void Rank_Table_IsStoredInRankOrder()
    {
        var sb = new StringBuilder("id,v\n");
        for (var i = 0; i < 3000; i++) sb.Append("P").Append(i % 300).Append(',').Append(i).Append('\n');
        _f.Import(_f.WriteText("o.csv", sb.ToString()), "t");
        var ranks = _f.Query("SELECT __kura_rank FROM ds.t").Select(r => (long)r[0]!).ToList();
        Assert.Equal(ranks.Order(), ranks);
    }

    [Fact]
    public void Select_KeyedTable_OrdersByTwoIndependentRandomKeys()
    {
        var sql = RankAssignment.Select("id, v", "src", "id");

        // Two CSPRNG draws per row: the order is unspecified only when both 64-bit keys tie (RankAssignment.md).
        var draws = Regex.Matches(sql, Regex.Escape(RandomRowKey.FunctionName) + @"\(\) AS (\w+)").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, draws.Distinct().Count());
        Assert.Contains($"ORDER BY {draws[0]}, {draws[1]})", sql, StringComparison.Ordinal);
        Assert.Contains($"EXCLUDE ({draws[0]}, {draws[1]})", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void RandomKey_TwoCallsInOneRow_AreDrawnSeparately()
    {
        var same = (long)_f.Query($"SELECT count(*) FROM (SELECT {RandomRowKey.FunctionName}() AS a, {RandomRowKey.FunctionName}() AS b FROM range(20000)) WHERE a = b")[0][0]!;
        Assert.Equal(0L, same);
    }
}
