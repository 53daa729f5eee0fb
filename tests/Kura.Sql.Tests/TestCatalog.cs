using Kura.Core;

namespace Kura.Sql.Tests;

/// <summary>A small claims dataset: one patient (person key) has many claims.</summary>
internal static class TestCatalog
{
    public static readonly string[] Prefectures = ["Hokkaido", "Tokyo", "Osaka", "Okinawa"];

    public static Dataset Claims(int claimsPerPerson = 5) => new(
        "ds",
        PrivacyUnit.Key("patient_id"),
        [
            new VaultTable("claims",
            [
                new Column("patient_id", ColumnType.Text, ColumnClass.PersonKey),
                new Column("name", ColumnType.Text, ColumnClass.DirectIdentifier),
                new Column("face", ColumnType.Text, ColumnClass.Facial),
                new Column("sex", ColumnType.Text, ColumnClass.QuasiIdentifier, PublicDomain: ["F", "M"]),
                new Column("prefecture", ColumnType.Text, ColumnClass.QuasiIdentifier, PublicDomain: Prefectures),
                new Column("age", ColumnType.Integer, ColumnClass.QuasiIdentifier, IsSubjectAge: true, Bounds: new ValueBounds(0, 120)),
                new Column("cost", ColumnType.Decimal, Bounds: new ValueBounds(0m, 1000.50m)),
                new Column("visits", ColumnType.Integer),
                new Column("傷病名", ColumnType.Text, ColumnClass.SpecialCare),
                new Column("service_date", ColumnType.Date),
                new Column("year", ColumnType.Integer, PublicDomain: ["2023", "2024"]),
            ], RowCount: 0, PersonCount: 0, MaxRowsPerPerson: claimsPerPerson),
            new VaultTable("patients",
            [
                new Column("patient_id", ColumnType.Text, ColumnClass.PersonKey),
                new Column("birth_year", ColumnType.Integer, Bounds: new ValueBounds(1900, 2025)),
                new Column("region", ColumnType.Text),
            ], RowCount: 0, PersonCount: 0, MaxRowsPerPerson: 1),
        ],
        DateTimeOffset.UnixEpoch);

    /// <summary>The same table with one person per row.</summary>
    public static Dataset PerRow() => new(
        "survey",
        PrivacyUnit.PerRow,
        [
            new VaultTable("answers",
            [
                new Column("sex", ColumnType.Text, PublicDomain: ["F", "M"]),
                new Column("income", ColumnType.Integer, Bounds: new ValueBounds(0, 10_000_000)),
            ], RowCount: 0, PersonCount: 0, MaxRowsPerPerson: 1),
            new VaultTable("other", [new Column("x", ColumnType.Integer)], 0, 0, 1),
        ],
        DateTimeOffset.UnixEpoch);

    public static PreparedDpQuery Prepare(string sql, string dialect = "duckdb", BoundingOptions? options = null, IReadOnlyList<string>? grants = null) =>
        DpSql.Prepare(sql, Claims(), grants, options ?? new BoundingOptions(), dialect);
}
