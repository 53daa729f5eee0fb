using System.Security.Cryptography;
using Kura.Anonymity.Pseudonyms;
using Kura.Core;

namespace Kura.Anonymity.Tests.Pseudonyms;

public class ProjectPseudonymsTests
{
    private static readonly byte[] HomeKey = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();

    // Expected values computed outside .NET (Python's hmac and base64 modules) from the documented construction.
    [Theory]
    [InlineData("demo", "P00000001", "ynm7jkqmhpib5p4tals74xyhhzxeidj2")]
    [InlineData("研究A", "P00000001", "kt7uazlufb24odsypojdn4kcxvblirey")]
    [InlineData("demo", "", "xlq7236tenym5dz6rcu6oi4aslr4fofj")]
    public void For_KnownKey_MatchesIndependentComputation(string project, string person, string expected) =>
        Assert.Equal(expected, new ProjectPseudonyms(HomeKey, project).For(person));

    [Fact]
    public void For_SamePersonTwice_IsStableAcrossInstances()
    {
        var first = new ProjectPseudonyms(HomeKey, "p1").For("P12345678");
        var second = new ProjectPseudonyms(HomeKey, "p1").For("P12345678");
        Assert.Equal(first, second);
    }

    [Fact]
    public void For_OtherProject_GivesUnrelatedPseudonyms()
    {
        var a = new ProjectPseudonyms(HomeKey, "p1");
        var b = new ProjectPseudonyms(HomeKey, "p2");
        var persons = Enumerable.Range(0, 1000).Select(i => $"P{i:D8}").ToList();
        var inA = persons.Select(a.For).ToHashSet();
        Assert.DoesNotContain(persons.Select(b.For), inA.Contains);
    }

    [Fact]
    public void For_OtherHomeKey_GivesOtherPseudonyms()
    {
        var otherKey = RandomNumberGenerator.GetBytes(32);
        Assert.NotEqual(new ProjectPseudonyms(HomeKey, "p").For("P1"), new ProjectPseudonyms(otherKey, "p").For("P1"));
    }

    [Fact]
    public void For_ManyPersons_AllDistinctBase32Of160Bits()
    {
        var pseudonyms = new ProjectPseudonyms(HomeKey, "p");
        var all = Enumerable.Range(0, 20_000).Select(i => pseudonyms.For(i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(all.Count, all.Distinct(StringComparer.Ordinal).Count());
        Assert.All(all, p => Assert.Matches("^[a-z2-7]{32}$", p));
    }

    [Fact]
    public void For_NeighbouringKeys_ShareNoPrefixStructure()
    {
        // A reversible or order-preserving encoding would map consecutive keys to similar strings.
        var pseudonyms = new ProjectPseudonyms(HomeKey, "p");
        var sharedFirstChars = Enumerable.Range(0, 2000)
            .Count(i => pseudonyms.For($"P{i:D8}")[..2] == pseudonyms.For($"P{i + 1:D8}")[..2]);
        Assert.True(sharedFirstChars < 20, $"{sharedFirstChars} of 2000 neighbours share their first two characters (expected about 2)");
    }

    [Fact]
    public void Constructor_ShortHomeKey_IsRefused()
    {
        var e = Assert.Throws<KuraException>(() => new ProjectPseudonyms(new byte[16], "p"));
        Assert.Equal("KURA-PSEUDONYM-KEY", e.Code);
    }
}
