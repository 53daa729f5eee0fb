using Kura.Core;
using Kura.Synthesis.Domains;
using Kura.Synthesis.Tests.Support;

namespace Kura.Synthesis.Tests.Domains;

public class EncodedTableTests
{
    [Fact]
    public void Constructor_CodeOutsideDomain_Throws() =>
        Assert.Equal("KURA-SYNTH-TABLE-INVALID",
            Assert.Throws<KuraException>(() => new EncodedTable(Tables.Domains(2), [[0, 2]])).Code);

    [Fact]
    public void DecodeRows_Codes_GiveDeclaredLabels()
    {
        var table = Tables.FromRows([2, 3], [[1, 2], [0, 0]]);
        Assert.Equal([["v1", "v2"], ["v0", "v0"]], table.DecodeRows().ToArray());
    }

    [Fact]
    public void SelectRows_Indices_KeepsOrderAndDomains()
    {
        var table = Tables.FromRows([2, 3], [[1, 2], [0, 0], [1, 1]]);
        var picked = table.SelectRows([2, 0]);
        Assert.Equal([1, 1], picked.Column(0).ToArray());
        Assert.Equal([1, 2], picked.Column(1).ToArray());
        Assert.Same(table.Domains[1], picked.Domains[1]);
    }
}
