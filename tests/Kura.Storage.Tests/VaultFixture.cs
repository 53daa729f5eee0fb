using System.Text;
using Kura.Core;
using Kura.Engine.Intake;
using Kura.Storage.Vault;

namespace Kura.Storage.Tests;

/// <summary>A vault in a fresh temp directory, with helpers to write sources and to fingerprint the vault's state.</summary>
public sealed class VaultFixture : IDisposable
{
    public VaultFixture()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("kura-vault-test-").FullName;
        Vault = new DuckDbVault(Path.Combine(Directory, "vault.duckdb"), new VaultOptions { TempDirectory = Directory });
    }

    public string Directory { get; }
    public DuckDbVault Vault { get; }

    public string WriteText(string name, string text, Encoding? encoding = null) =>
        WriteBytes(name, (encoding ?? new UTF8Encoding(false)).GetBytes(text));

    public string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(Directory, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Stages and commits; returns the loaded table.</summary>
    public VaultTable Import(string path, string table, string personKey = "id", string dataset = "ds",
        string encoding = "auto", char? delimiter = null, IReadOnlyDictionary<string, ColumnType>? overrides = null, bool replace = false)
    {
        using var staged = Vault.StageImport(Request(path, table, personKey, dataset, encoding, delimiter, overrides, replace));
        staged.Commit();
        return staged.Table;
    }

    public static ImportRequest Request(string path, string table, string personKey = "id", string dataset = "ds",
        string encoding = "auto", char? delimiter = null, IReadOnlyDictionary<string, ColumnType>? overrides = null, bool replace = false) =>
        new(path, dataset, table, PrivacyUnit.Parse(personKey), encoding, delimiter, overrides, replace);

    public IReadOnlyList<object?[]> Query(string sql) => Vault.Backend.Execute(sql);

    /// <summary>Every schema, table and the table's full content, as one comparable string.</summary>
    public string Fingerprint()
    {
        var sb = new StringBuilder();
        foreach (var s in Query("SELECT schema_name FROM duckdb_schemas() WHERE database_name = current_database() ORDER BY 1"))
            sb.Append("schema ").Append(s[0]).Append('\n');
        foreach (var t in Query("SELECT schema_name, table_name FROM duckdb_tables() WHERE database_name = current_database() ORDER BY 1, 2"))
        {
            sb.Append("table ").Append(t[0]).Append('.').Append(t[1]).Append('\n');
            foreach (var row in Query($"SELECT * FROM \"{t[0]}\".\"{t[1]}\" ORDER BY ALL"))
                sb.Append(string.Join("|", row.Select(v => v?.ToString()))).Append('\n');
        }
        return sb.ToString();
    }

    public void Dispose()
    {
        Vault.Dispose();
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { }
    }
}
