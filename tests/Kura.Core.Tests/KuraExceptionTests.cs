using Kura.Core;

namespace Kura.Core.Tests;

public class KuraExceptionTests
{
    [Fact]
    public void ToString_CarriesCodeAndKindButNoStackTrace()
    {
        var e = KuraException.Privacy("KURA-BUDGET-EXHAUSTED", "left 0");
        Assert.Equal("KURA-BUDGET-EXHAUSTED (RefusedByPrivacy): left 0", e.ToString());
    }

    [Fact]
    public void Constructor_BlankCode_Throws() =>
        Assert.ThrowsAny<ArgumentException>(() => new KuraException(" ", KuraErrorKind.Internal, "x"));
}
