using Kura.Core;
using Kura.DemoData;
using Kura.Storage.Postgres;
using Kura.Storage.Vault;
using Npgsql;

namespace Kura.IntegrationTests.Sql;

/// <summary>
/// The demo data (2,000 patients, ~20,000 claims) imported through the engine into a DuckDB vault, with the
/// steward's bounds and domains, and mirrored into PostgreSQL; one backend per side. Built on first use, so
/// a skipped run does no work.
/// </summary>
public sealed class DemoOnPostgres : IDisposable
{
    private readonly HomeFixture _home = new();
    private readonly Lazy<Loaded> _loaded;

    public DemoOnPostgres() => _loaded = new Lazy<Loaded>(Load);

    /// <summary>A fresh name, so runs sharing one server never meet.</summary>
    public string DatasetName { get; } = "mirror_" + Guid.NewGuid().ToString("N")[..10];

    public Dataset Dataset => _loaded.Value.Dataset;

    public DuckDbQueryBackendHandle DuckDb => _loaded.Value.DuckDb;

    public PostgresQueryBackend Postgres => _loaded.Value.Postgres;

    private Loaded Load()
    {
        var source = TestPostgres.Open();
        Dataset dataset;
        using (var engine = _home.Open())
        {
            _home.LoadDemo(engine, patients: 2000, dataset: DatasetName);
            engine.DeclareBounds(DatasetName, DemoSchema.ClaimsTable, "費用_円", new ValueBounds(0, 300_000));
            engine.DeclareBounds(DatasetName, DemoSchema.FacialImagesTable, "撮影時年齢", new ValueBounds(0, 120));
            engine.DeclareDomain(DatasetName, DemoSchema.PatientsTable, "性別", ["男", "女"]);
            dataset = engine.ShowDataset(DatasetName);
        }
        PostgresMirror.Copy(_home.Home.VaultPath, DatasetName, source);
        return new Loaded(dataset, new DuckDbQueryBackendHandle(new DuckDbVault(_home.Home.VaultPath)), new PostgresQueryBackend(source), source);
    }

    public void Dispose()
    {
        if (_loaded.IsValueCreated)
        {
            var loaded = _loaded.Value;
            loaded.DuckDb.Dispose();
            try
            {
                using var connection = loaded.Source.OpenConnection();
                using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{DatasetName}\" CASCADE", connection);
                drop.ExecuteNonQuery();
            }
            finally { loaded.Source.Dispose(); }
        }
        _home.Dispose();
    }

    private sealed record Loaded(Dataset Dataset, DuckDbQueryBackendHandle DuckDb, PostgresQueryBackend Postgres, NpgsqlDataSource Source);
}
