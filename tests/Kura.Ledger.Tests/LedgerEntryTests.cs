using System.Text.Json.Nodes;
using Kura.Core;

namespace Kura.Ledger.Tests;

public class LedgerEntryTests
{
    [Fact]
    public void Parse_CanonicalBytes_RoundTripsToSameBytesAndHash()
    {
        var entry = new LedgerEntry(3, new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), "dataset.imported", "steward",
            new JsonObject { ["dataset"] = "claims", ["rows"] = 1000 }, LedgerHash.Compute("p"u8));
        var bytes = entry.ToCanonicalJson();
        var parsed = LedgerEntry.Parse(bytes);
        Assert.Equal(bytes, parsed.ToCanonicalJson());
        Assert.Equal(entry.Hash(), parsed.Hash());
        Assert.Equal(new LedgerHash(ReferenceMerkle.Leaf(bytes)), entry.Hash());
    }

    [Fact]
    public void Parse_MissingField_ThrowsMalformed() =>
        Assert.Equal("KURA-LEDGER-MALFORMED-ENTRY",
            Assert.Throws<KuraException>(() => LedgerEntry.Parse("{\"sequence\":1}"u8)).Code);
}
