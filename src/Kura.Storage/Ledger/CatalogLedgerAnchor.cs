using System.Globalization;
using Kura.Core;
using Kura.Ledger;
using Microsoft.Data.Sqlite;

namespace Kura.Storage.Ledger;

/// <summary>
/// The ledger's latest signed size and root, kept in the catalog (table <c>ledger_anchor</c>, one row) as a
/// second record outside the ledger directory: replacing the ledger with an older copy of itself then shows.
/// The row only moves forward. Opens its own unpooled connection per call; thread-safe.
/// </summary>
/// <param name="catalogPath">The home's <c>catalog.db</c>, already migrated by the catalog.</param>
public sealed class CatalogLedgerAnchor(string catalogPath)
{
    /// <summary>The recorded anchor, or null when none was recorded yet (or the catalog predates the table). Writes nothing.</summary>
    /// <exception cref="KuraException">KURA-LEDGER-ANCHOR-DAMAGED when the row is not a size and a 64-hex root.</exception>
    public LedgerAnchor? Read()
    {
        if (!File.Exists(catalogPath)) return null;
        // Read-write mode, but only reading: a read-only connection to a WAL database leaves -wal and -shm files behind.
        using var connection = Connect(SqliteOpenMode.ReadWrite);
        using var exists = Command(connection, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'ledger_anchor';");
        if (exists.ExecuteScalar() is null) return null;
        using var query = Command(connection, "SELECT tree_size, root_hash FROM ledger_anchor WHERE id = 1;");
        using var row = query.ExecuteReader();
        if (!row.Read()) return null;
        var size = row.IsDBNull(0) ? -1 : row.GetInt64(0);
        if (size < 0 || row.IsDBNull(1) || !LedgerHash.TryParse(row.GetString(1), out var root))
            throw KuraException.Internal("KURA-LEDGER-ANCHOR-DAMAGED",
                $"The catalog's record of the ledger head (table ledger_anchor in {catalogPath}) is damaged. " +
                "Restore catalog.db and the ledger directory from the same backup.");
        return new LedgerAnchor(size, root);
    }

    /// <summary>Records <paramref name="head"/>'s size and root, unless a larger size is already recorded. Waits up to 30 s for the catalog's write lock.</summary>
    public void Record(SignedTreeHead head)
    {
        ArgumentNullException.ThrowIfNull(head);
        using var connection = Connect(SqliteOpenMode.ReadWrite);
        using var command = Command(connection, """
            INSERT INTO ledger_anchor (id, tree_size, root_hash, recorded_at) VALUES (1, $size, $root, $at)
            ON CONFLICT (id) DO UPDATE SET tree_size = excluded.tree_size, root_hash = excluded.root_hash, recorded_at = excluded.recorded_at
            WHERE excluded.tree_size >= ledger_anchor.tree_size;
            """);
        command.Parameters.AddWithValue("$size", head.TreeSize);
        command.Parameters.AddWithValue("$root", head.RootHash.ToHex());
        command.Parameters.AddWithValue("$at", LedgerEntryEncoder.FormatTimestamp(head.Timestamp));
        command.ExecuteNonQuery();
    }

    private SqliteConnection Connect(SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = catalogPath, Mode = mode, Pooling = false, DefaultTimeout = 30,
        }.ToString());
        connection.Open();
        return connection;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"ledger anchor in {catalogPath}");
}
