using Kura.Core;
using Kura.Synthesis.Domains;

namespace Kura.Synthesis.Tests.Domains;

public class CategoricalDomainTests
{
    [Fact]
    public void TryEncode_DeclaredValue_ReturnsItsPosition()
    {
        var domain = new CategoricalDomain("sex", ["Male", "Female"]);
        Assert.True(domain.TryEncode("Female", out var code));
        Assert.Equal(1, code);
        Assert.Equal("Female", domain.Label(code));
    }

    [Fact]
    public void TryEncode_UndeclaredValueWithOtherBucket_MapsToOtherNeverExtends()
    {
        var domain = new CategoricalDomain("country", ["Japan", "Korea"], otherLabel: "other");
        Assert.True(domain.TryEncode("Atlantis", out var code));
        Assert.Equal(2, code);
        Assert.Equal(3, domain.Size);
        Assert.False(domain.TryEncode("Atlantis", out _) && domain.Size != 3);
        Assert.Equal(["Japan", "Korea", "other"], domain.Labels());
    }

    [Fact]
    public void TryEncode_UndeclaredValueWithoutOtherBucket_IsRejected()
    {
        var domain = new CategoricalDomain("sex", ["Male", "Female"]);
        Assert.False(domain.TryEncode("male", out _));
        Assert.False(domain.TryEncode(null, out _));
        Assert.Equal(2, domain.Size);
    }

    [Fact]
    public void Constructor_DuplicateValue_ThrowsWithoutEchoingIt()
    {
        var error = Assert.Throws<KuraException>(() => new CategoricalDomain("x", ["secret-a", "secret-a"]));
        Assert.Equal("KURA-SYNTH-DOMAIN-DUPLICATE", error.Code);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NoValues_Throws() =>
        Assert.Equal("KURA-SYNTH-DOMAIN-EMPTY", Assert.Throws<KuraException>(() => new CategoricalDomain("x", [])).Code);
}
