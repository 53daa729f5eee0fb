using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Kura.IntegrationTests.Ledger;

/// <summary>A home with a few ledger entries made through the CLI, and helpers to look at its ledger files.</summary>
internal sealed class LedgerHome : IDisposable
{
    private readonly TempDirectory _dir = new();

    public LedgerHome()
    {
        Assert.Equal(0, CliRunner.Run("init", "--home", Home).Code);
        System.IO.File.WriteAllText(_dir.File("census.csv"), "age,sex\n34,F\n51,M\n");
        Import("people");
    }

    public string Home => _dir.File("home");
    public string LedgerDir => Path.Combine(Home, "ledger");

    public string File(string name) => _dir.File(name);

    /// <summary>Adds ledger entries (a dataset import) and closes, which signs a checkpoint.</summary>
    public void Import(string table)
    {
        var (code, _, err) = CliRunner.Run("import", _dir.File("census.csv"), "--dataset", "census", "--table", table, "--person-key", "@row", "--home", Home);
        Assert.True(code == 0, err);
    }

    /// <summary>The JSON printed by <c>kura ledger head --json</c>.</summary>
    public JsonElement PublishedHead()
    {
        var (code, output, err) = CliRunner.Run("ledger", "head", "--home", Home, "--json");
        Assert.True(code == 0, err);
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    /// <summary>Copies the ledger's files (not the writer lock) to <paramref name="to"/>, replacing what is there.</summary>
    public void CopyLedger(string from, string to)
    {
        if (Directory.Exists(to)) Directory.Delete(to, recursive: true);
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from).Where(f => Path.GetFileName(f) != "writer.lock"))
            System.IO.File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }

    /// <summary>SHA-256 over every file's relative path and bytes: equal digests mean no file changed.</summary>
    public static string Digest(string directory)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.GetFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(directory, file) + "\n"));
            hash.AppendData(System.IO.File.ReadAllBytes(file));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public void Dispose() => _dir.Dispose();
}
