using System.Text;
using System.Text.Json;
using NSec.Cryptography;

namespace Kura.IntegrationTests.Ledger;

/// <summary><c>kura ledger verify</c> and <c>kura ledger head</c> as a data holder and an outside auditor use them.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed class LedgerCliTests : IDisposable
{
    private readonly LedgerHome _home = new();

    public void Dispose() => _home.Dispose();

    private static string Hex(JsonElement published) => Convert.ToHexStringLower(Convert.FromBase64String(published.GetProperty("publicKey").GetString()!));

    [Fact]
    public void Verify_StandaloneCopyWithPublicKeyHex_ValidPrintsKeyIdAndChangesNothing()
    {
        var published = _home.PublishedHead();
        var copy = _home.File("auditor-copy");
        _home.CopyLedger(_home.LedgerDir, copy);
        var before = LedgerHome.Digest(copy);

        var (code, output, err) = CliRunner.Run("ledger", "verify", "--ledger", copy, "--public-key", Hex(published), "--home", _home.File("no-home-here"), "--json");

        Assert.True(code == 0, err);
        var report = JsonDocument.Parse(output).RootElement;
        Assert.True(report.GetProperty("valid").GetBoolean());
        Assert.Equal(published.GetProperty("head").GetProperty("key_id").GetString(), report.GetProperty("key_id").GetString());
        Assert.Equal(before, LedgerHome.Digest(copy));
    }

    [Fact]
    public void Verify_StandaloneWithPublishedHeadFileAsKey_Valid()
    {
        System.IO.File.WriteAllText(_home.File("head.json"), _home.PublishedHead().GetRawText());
        var (code, _, err) = CliRunner.Run("ledger", "verify", "--ledger", _home.LedgerDir, "--public-key", _home.File("head.json"),
            "--trusted-head", _home.File("head.json"));
        Assert.True(code == 0, err);
    }

    [Fact]
    public void Verify_StandaloneWithoutPublicKey_RefusedWithUsage()
    {
        var (code, _, err) = CliRunner.Run("ledger", "verify", "--ledger", _home.LedgerDir);
        Assert.NotEqual(0, code);
        Assert.Contains("--ledger needs --public-key", err);
    }

    [Fact]
    public void Verify_HomeWithTornTail_ReportsPendingRepairAndLeavesEveryFileByteIdentical()
    {
        using (var stream = new FileStream(Path.Combine(_home.LedgerDir, "segment-000000.log"), FileMode.Append)) stream.Write([0x40, 0, 0]);
        var before = LedgerHome.Digest(_home.LedgerDir);

        var (code, output, err) = CliRunner.Run("ledger", "verify", "--home", _home.Home, "--json");

        Assert.True(code == 0, err);
        var pending = JsonDocument.Parse(output).RootElement.GetProperty("pending_recovery");
        Assert.True(pending.GetProperty("pending").GetBoolean());
        Assert.Equal(3, pending.GetProperty("discarded_bytes").GetInt64());
        Assert.Equal(before, LedgerHome.Digest(_home.LedgerDir));
    }

    [Fact]
    public void Verify_HomeRolledBackToAnEarlierCopyOfItsLedger_InvalidSayingRolledBack()
    {
        var earlier = _home.File("earlier-ledger");
        _home.CopyLedger(_home.LedgerDir, earlier);
        _home.Import("more_people");
        _home.CopyLedger(earlier, _home.LedgerDir);

        var (code, _, err) = CliRunner.Run("ledger", "verify", "--home", _home.Home);

        Assert.Equal(7, code);
        Assert.Contains("KURA-LEDGER-INVALID", err);
        Assert.Contains("the ledger was rolled back", err);
    }

    [Fact]
    public void Head_PublishedJson_SignatureVerifiesFromTheJsonAloneByTheDocumentedRecipe()
    {
        var published = _home.PublishedHead();
        var head = published.GetProperty("head");
        // docs/ledger-format.md: the signed bytes are the head's fields except "signature", keys sorted, no whitespace, values as published.
        var message = "{" + string.Join(",", head.EnumerateObject().Where(p => p.Name != "signature").OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => $"\"{p.Name}\":{p.Value.GetRawText()}")) + "}";
        var publicKey = PublicKey.Import(SignatureAlgorithm.Ed25519, Convert.FromBase64String(published.GetProperty("publicKey").GetString()!), KeyBlobFormat.RawPublicKey);

        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z$", head.GetProperty("timestamp").GetString());
        Assert.True(SignatureAlgorithm.Ed25519.Verify(publicKey, Encoding.UTF8.GetBytes(message), Convert.FromBase64String(head.GetProperty("signature").GetString()!)),
            "signature does not verify over " + message);
    }
}
