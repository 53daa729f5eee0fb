using System.Numerics;
using Kura.Core;
using Kura.Sql.Release;

namespace Kura.Sql.Tests;

/// <summary>Reads backend rows of real DuckDB runs into exact groups.</summary>
public sealed class ExactGroupsTests : IDisposable
{
    private readonly VaultFixture _vault = new();

    public void Dispose() => _vault.Dispose();

    private static Dataset Sums() => new("ds", PrivacyUnit.Key("pid"),
    [
        new VaultTable("t",
        [
            new Column("pid", ColumnType.Text, ColumnClass.PersonKey),
            new Column("a", ColumnType.Decimal, Bounds: new ValueBounds(0m, 1m)),
            new Column("b", ColumnType.Decimal, Bounds: new ValueBounds(0m, 1m)),
        ], RowCount: 0, PersonCount: 0, MaxRowsPerPerson: 1),
    ], DateTimeOffset.UnixEpoch);

    [Fact]
    public void Read_DoubleKeysEqualTo15Digits_StaySeparateGroups()
    {
        _vault.Run("CREATE TABLE ds.t (pid VARCHAR, a DOUBLE, b DOUBLE, __kura_rank INTEGER)");
        _vault.Run("INSERT INTO ds.t SELECT 'p' || i, 0.3, 0.0, 1 FROM range(1000) r(i)");
        _vault.Run("INSERT INTO ds.t VALUES ('target', 0.1, 0.2, 1)");
        var q = DpSql.Prepare("SELECT a + b AS k, COUNT(*) AS n FROM t GROUP BY a + b", Sums(), null, new BoundingOptions());
        var rows = _vault.Query(q.BackendSql);
        Assert.Equal(2, rows.Count); // the backend sees two groups …

        var groups = ExactGroups.Read(q.Plan, rows); // … and so must the release: one person never overwrites 1000
        Assert.Equal(2, groups.Count);
        Assert.Equal(new BigInteger[] { 1, 1000 }, groups.Values.Select(g => g.Scalars[0]).Order());
    }
}
