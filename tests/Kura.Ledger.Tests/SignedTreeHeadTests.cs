namespace Kura.Ledger.Tests;

public class SignedTreeHeadTests
{
    private static readonly DateTimeOffset Time = new(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void VerifySignature_SignedBySameKey_True()
    {
        using var key = LedgerSigningKey.Generate();
        var head = key.Sign(10, LedgerHash.Compute("r"u8), Time);
        Assert.True(head.VerifySignature(key.PublicKey));
        Assert.Equal(LedgerSigningKey.KeyIdOf(key.PublicKey), head.KeyId);
    }

    [Fact]
    public void VerifySignature_AfterJsonRoundTrip_StillTrue()
    {
        using var key = LedgerSigningKey.Generate();
        var head = key.Sign(10, LedgerHash.Compute("r"u8), Time.AddTicks(12345));
        var parsed = SignedTreeHead.Parse(head.ToJson());
        Assert.Equal(head, parsed);
        Assert.True(parsed.VerifySignature(key.PublicKey));
    }

    [Fact]
    public void VerifySignature_AnyFieldChanged_False()
    {
        using var key = LedgerSigningKey.Generate();
        var head = key.Sign(10, LedgerHash.Compute("r"u8), Time);
        Assert.False((head with { TreeSize = 11 }).VerifySignature(key.PublicKey));
        Assert.False((head with { RootHash = LedgerHash.Compute("s"u8) }).VerifySignature(key.PublicKey));
        Assert.False((head with { Timestamp = Time.AddSeconds(1) }).VerifySignature(key.PublicKey));
        Assert.False((head with { Format = "other" }).VerifySignature(key.PublicKey));
        Assert.False((head with { Signature = "AAAA" }).VerifySignature(key.PublicKey));
    }

    [Fact]
    public void VerifySignature_OtherKey_False()
    {
        using var key = LedgerSigningKey.Generate();
        using var other = LedgerSigningKey.Generate();
        var forged = other.Sign(10, LedgerHash.Compute("r"u8), Time) with { KeyId = key.KeyId };
        Assert.False(forged.VerifySignature(key.PublicKey));
        Assert.False(other.Sign(10, LedgerHash.Compute("r"u8), Time).VerifySignature(key.PublicKey));
    }

    [Fact]
    public void Import_ExportedPrivateKey_SignsVerifiably()
    {
        using var key = LedgerSigningKey.Generate();
        using var copy = LedgerSigningKey.Import(key.ExportPrivateKey());
        Assert.Equal(key.PublicKey, copy.PublicKey);
        Assert.True(copy.Sign(1, MerkleTree.EmptyRoot, Time).VerifySignature(key.PublicKey));
    }

    [Fact]
    public void ToJson_Timestamp_IsExactlyTheSignedString()
    {
        using var key = LedgerSigningKey.Generate();
        var head = key.Sign(10, LedgerHash.Compute("r"u8), Time.AddTicks(1230000)); // .1230000: trailing zeros must stay
        var published = System.Text.Json.JsonDocument.Parse(head.ToJson()).RootElement.GetProperty("timestamp").GetString()!;
        Assert.Equal("2026-05-01T00:00:00.1230000Z", published);
        Assert.Contains("\"timestamp\":\"" + published + "\"", System.Text.Encoding.UTF8.GetString(head.SignedBytes()));
    }

    [Fact]
    public void Parse_HeadPublishedWithOffsetTimestamp_StillVerifies()
    {
        using var key = LedgerSigningKey.Generate();
        var head = key.Sign(10, LedgerHash.Compute("r"u8), Time.AddTicks(1230000));
        var legacy = head.ToJson().Replace("2026-05-01T00:00:00.1230000Z", "2026-05-01T00:00:00.123+00:00");
        Assert.True(SignedTreeHead.Parse(legacy).VerifySignature(key.PublicKey));
    }
}
