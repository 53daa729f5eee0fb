using Kura.Core;
using Microsoft.Data.Sqlite;

namespace Kura.Storage.Catalog;

/// <summary>Applies <see cref="CatalogMigrations"/> to a SQLite catalog, each script in its own transaction.</summary>
internal static class CatalogSchema
{
    public static int Migrate(SqliteConnection connection, int targetVersion)
    {
        SqliteCatalog.Execute(connection, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);");
        var current = CurrentVersion(connection);
        if (current > CatalogMigrations.Scripts.Count)
            throw KuraException.Conflict("KURA-CATALOG-TOO-NEW",
                $"The catalog has schema version {current}, newer than this Kura understands ({CatalogMigrations.Scripts.Count}). Upgrade Kura.");
        for (var version = current + 1; version <= targetVersion; version++)
            Apply(connection, version);
        return Math.Max(current, targetVersion);
    }

    private static int CurrentVersion(SqliteConnection connection)
    {
        using var command = SqliteCatalog.Command(connection, "SELECT MAX(version) FROM schema_version;");
        return command.ExecuteScalar() is long v ? (int)v : 0;
    }

    private static void Apply(SqliteConnection connection, int version)
    {
        SqliteCatalog.Execute(connection, "BEGIN IMMEDIATE;");
        try
        {
            // Another process may have migrated while we waited for the lock.
            if (CurrentVersion(connection) >= version) { SqliteCatalog.Execute(connection, "COMMIT;"); return; }
            SqliteCatalog.Execute(connection, CatalogMigrations.Scripts[version - 1]);
            SqliteCatalog.Execute(connection, "INSERT INTO schema_version (version) VALUES ($v);", ("$v", version));
            SqliteCatalog.Execute(connection, "COMMIT;");
        }
        catch
        {
            SqliteCatalog.Execute(connection, "ROLLBACK;");
            throw;
        }
    }
}
