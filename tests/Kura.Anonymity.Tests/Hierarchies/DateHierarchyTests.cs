using Kura.Anonymity.Hierarchies;
using Kura.Core;

namespace Kura.Anonymity.Tests.Hierarchies;

public class DateHierarchyTests
{
    [Theory]
    [InlineData("2024-03-15")]
    [InlineData("2024/03/15")]
    [InlineData("20240315")]
    public void Build_AcceptedFormats_DayMonthYearDecadeStar(string value)
    {
        var h = DateHierarchy.Build([value]);

        Assert.Equal(new[] { value, "2024-03", "2024", "2020-2029", "*" }, Enumerable.Range(0, 5).Select(l => h.Generalize(value, l)));
    }

    [Theory]
    [InlineData("15/03/2024")]
    [InlineData("2024-02-30")]
    [InlineData("yesterday")]
    public void Build_NotADate_Throws(string value)
    {
        Assert.Equal("KURA-ANON-HIERARCHY-INPUT", Assert.Throws<KuraException>(() => DateHierarchy.Build([value])).Code);
    }
}
