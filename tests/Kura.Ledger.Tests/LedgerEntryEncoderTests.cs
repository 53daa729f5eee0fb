using System.Text;
using System.Text.Json.Nodes;
using Kura.Core;

namespace Kura.Ledger.Tests;

public class LedgerEntryEncoderTests
{
    private static readonly DateTimeOffset Time = new(2026, 4, 1, 9, 30, 0, TimeSpan.FromHours(9));

    [Fact]
    public void Encode_Always_EqualsGenericCanonicalisationOfTheSameObject()
    {
        var payload = new JsonObject { ["epsilon"] = "1/10", ["rows"] = 42, ["nested"] = new JsonObject { ["b"] = true, ["a"] = "東京" } };
        var prev = LedgerHash.Compute("prev"u8);
        var fast = LedgerEntryEncoder.Encode(7, Time, "query.released", "analyst \"x\"", CanonicalJson.Serialize(payload), prev);
        var generic = CanonicalJson.Serialize(new JsonObject
        {
            ["type"] = "query.released", ["timestamp"] = "2026-04-01T00:30:00.0000000Z", ["sequence"] = 7,
            ["prev_hash"] = prev.ToHex(), ["payload"] = payload.DeepClone(), ["actor"] = "analyst \"x\"",
        });
        Assert.Equal(Encoding.UTF8.GetString(generic), Encoding.UTF8.GetString(fast));
    }

    [Theory]
    [InlineData("Query.Released")]
    [InlineData("released")]
    [InlineData("query..released")]
    [InlineData("query.released!")]
    public void Encode_BadType_ThrowsBadInput(string type)
    {
        var error = Assert.Throws<KuraException>(() => LedgerEntryEncoder.Encode(0, Time, type, "a", "{}"u8, LedgerHash.Zero));
        Assert.Equal("KURA-LEDGER-BAD-TYPE", error.Code);
    }

    [Fact]
    public void Encode_EmptyActor_ThrowsBadInput() =>
        Assert.Equal("KURA-LEDGER-BAD-ACTOR",
            Assert.Throws<KuraException>(() => LedgerEntryEncoder.Encode(0, Time, "a.b", " ", "{}"u8, LedgerHash.Zero)).Code);

    [Fact]
    public void ParseTimestamp_FormattedTimestamp_RoundTripsToTheTick()
    {
        var time = Time.AddTicks(1234567);
        Assert.Equal(time, LedgerEntryEncoder.ParseTimestamp(LedgerEntryEncoder.FormatTimestamp(time)));
    }
}
