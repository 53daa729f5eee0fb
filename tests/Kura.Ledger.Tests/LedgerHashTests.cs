using System.Text.Json;

namespace Kura.Ledger.Tests;

public class LedgerHashTests
{
    [Fact]
    public void Parse_HexOfToHex_RoundTrips()
    {
        var hash = LedgerHash.Compute("abc"u8);
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", hash.ToHex());
        Assert.Equal(hash, LedgerHash.Parse(hash.ToHex().ToUpperInvariant()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("zz7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    public void TryParse_NotSixtyFourHexDigits_ReturnsFalse(string text) => Assert.False(LedgerHash.TryParse(text, out _));

    [Fact]
    public void Json_WritesHexString()
    {
        var hash = LedgerHash.Compute("abc"u8);
        var json = JsonSerializer.Serialize(hash);
        Assert.Equal($"\"{hash.ToHex()}\"", json);
        Assert.Equal(hash, JsonSerializer.Deserialize<LedgerHash>(json));
    }
}
