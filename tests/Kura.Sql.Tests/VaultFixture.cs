using System.Globalization;
using DuckDB.NET.Data;

namespace Kura.Sql.Tests;

/// <summary>
/// An in-memory DuckDB vault shaped like Kura's: schema "ds", tables with the hidden __kura_rank column.
/// Patient P1 has 8 claims (ranks 1–8), P2 has 2, P3 has 1; patients has one row each.
/// </summary>
internal sealed class VaultFixture : IDisposable
{
    private readonly DuckDBConnection _connection = new("DataSource=:memory:");

    public VaultFixture()
    {
        _connection.Open();
        Run("CREATE SCHEMA ds");
        Run("""
            CREATE TABLE ds.claims (patient_id VARCHAR, name VARCHAR, face VARCHAR, sex VARCHAR, prefecture VARCHAR,
              age INTEGER, cost DOUBLE, visits INTEGER, "傷病名" VARCHAR, service_date DATE, year INTEGER, __kura_rank INTEGER)
            """);
        Run("CREATE TABLE ds.patients (patient_id VARCHAR, birth_year INTEGER, region VARCHAR, __kura_rank INTEGER)");
        for (var rank = 1; rank <= 8; rank++)
            AddClaim("P1", "F", "Tokyo", 30 + rank, 100m * rank, "E11", new DateOnly(2024, 1, rank), rank);
        AddClaim("P2", "M", "Osaka", 200, 5000m, "I10", new DateOnly(2023, 5, 1), 1);
        AddClaim("P2", "M", "Osaka", -4, 0.25m, "E11", new DateOnly(2024, 6, 1), 2);
        AddClaim("P3", "M", "Tokyo", 65, 10m, "J45", new DateOnly(2024, 7, 1), 1);
        Run("INSERT INTO ds.patients VALUES ('P1', 1990, 'east', 1), ('P2', 1950, 'west', 1), ('P3', 2000, 'east', 1)");
    }

    private void AddClaim(string person, string sex, string prefecture, int age, decimal cost, string diagnosis, DateOnly date, int rank) =>
        Run(string.Create(CultureInfo.InvariantCulture,
            $"INSERT INTO ds.claims VALUES ('{person}', 'n', 'f', '{sex}', '{prefecture}', {age}, {cost}, 1, '{diagnosis}', DATE '{date:yyyy-MM-dd}', {date.Year}, {rank})"));

    public void Run(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public List<object?[]> Query(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    public void Dispose() => _connection.Dispose();
}
