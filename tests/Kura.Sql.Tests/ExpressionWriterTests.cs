using Kura.Sql.Binding;
using Kura.Sql.Planning;

namespace Kura.Sql.Tests;

/// <summary>How expressions reach backend SQL: decimals compared as doubles, and anything that converts a value guarded.</summary>
public sealed class ExpressionWriterTests : IDisposable
{
    private readonly VaultFixture _vault = new();

    public void Dispose() => _vault.Dispose();

    private static string Where(string condition, string dialect = "duckdb")
    {
        var sql = TestCatalog.Prepare($"SELECT COUNT(*) FROM claims WHERE {condition}", dialect).BackendSql;
        return sql[(sql.IndexOf("WHERE ", StringComparison.Ordinal) + 6)..sql.IndexOf("\n)", StringComparison.Ordinal)];
    }

    [Fact]
    public void Write_TextAndDateConditions_AreNotGuarded()
    {
        Assert.Equal("\"t0\".\"__kura_rank\" <= 5 AND (\"t0\".\"sex\" = 'F') AND (\"t0\".\"service_date\" >= DATE '2024-01-01')",
            Where("sex = 'F' AND service_date >= '2024-01-01'"));
    }

    [Fact]
    public void Write_DecimalComparison_ReadsTheColumnAsDoubleInsideTry()
    {
        Assert.EndsWith("TRY((CAST(\"t0\".\"cost\" AS DOUBLE) < 0.000000000000000001))", Where("cost < 0.000000000000000001"));
    }

    [Fact]
    public void Write_IntegerComparison_StaysExact()
    {
        Assert.EndsWith("TRY((\"t0\".\"age\" IN (3, 0.5)))", Where("age IN (3, 0.5)"));
    }

    [Fact]
    public void Write_Postgres_HasNoTryButTheSameTypes()
    {
        var where = Where("cost < 0.5", "postgres");
        Assert.EndsWith(" AND (CAST(\"t0\".\"cost\" AS DOUBLE PRECISION) < 0.5)", where);
        Assert.DoesNotContain("TRY(", where, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sex = 'F' AND NOT (prefecture IN ('Tokyo', 'Osaka')) OR 傷病名 LIKE 'E%' AND service_date IS NULL", true)]
    [InlineData("age IS NULL", true)]
    [InlineData("age = 3", false)]
    [InlineData("FLOOR(age / 10) = 3", false)]
    [InlineData("CASE WHEN sex = 'F' THEN 'a' END = 'a'", false)]
    public void CannotRaise_ConversionFreeExpressions_Only(string condition, bool expected)
    {
        var where = TestCatalog.Prepare($"SELECT COUNT(*) FROM claims WHERE {condition}").Plan.BackendSql;
        Assert.Equal(!expected, where.Contains("TRY(", StringComparison.Ordinal));
    }

    /// <summary>
    /// The reported attack: a CASE aimed at one person makes the backend convert that person's value to a
    /// DECIMAL it does not fit. Whether the target has the diagnosis must not decide between answer and error.
    /// </summary>
    [Theory]
    [InlineData("I63")]
    [InlineData("C50")]
    public void Write_LiteralAimedAtOneWideValue_BackendAnswers(string diagnosis)
    {
        _vault.Run("CREATE TABLE ds.wide (patient_id VARCHAR, amount DECIMAL(38,0), dx VARCHAR, __kura_rank INTEGER)");
        _vault.Run("INSERT INTO ds.wide VALUES ('T', 99999999999999999999999999999999999999, 'I63', 1), ('U', 5, 'C50', 1)");
        var q = DpSql.Prepare($"SELECT SUM(CASE WHEN dx = '{diagnosis}' THEN CASE WHEN amount < 0.123456789012345678 THEN 1 ELSE 0 END ELSE 0 END) FROM wide",
            WideDataset(), null, new BoundingOptions());

        var rows = _vault.Query(q.BackendSql);

        Assert.Single(rows);
    }

    private static Kura.Core.Dataset WideDataset() => new("ds", Kura.Core.PrivacyUnit.Key("patient_id"),
    [
        new Kura.Core.VaultTable("wide",
        [
            new Kura.Core.Column("patient_id", Kura.Core.ColumnType.Text, Kura.Core.ColumnClass.PersonKey),
            new Kura.Core.Column("amount", Kura.Core.ColumnType.Decimal, Bounds: new Kura.Core.ValueBounds(0, 100)),
            new Kura.Core.Column("dx", Kura.Core.ColumnType.Text),
        ], RowCount: 0, PersonCount: 0, MaxRowsPerPerson: 1),
    ], DateTimeOffset.UnixEpoch);
}
