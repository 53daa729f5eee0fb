using Kura.Anonymity.Hierarchies;

namespace Kura.Anonymity.Tests.Hierarchies;

public class AutomaticHierarchyTests
{
    [Theory]
    [InlineData(HierarchyKind.Age, "42", "40-44")]
    [InlineData(HierarchyKind.Date, "2021-07-04", "2021-07")]
    [InlineData(HierarchyKind.PostalCode, "150-0001", "150000*")]
    [InlineData(HierarchyKind.Prefecture, "福岡県", "九州地方")]
    [InlineData(HierarchyKind.Icd10, "J45.9", "J45")]
    public void Build_Kind_UsesTheMatchingBuilder(HierarchyKind kind, string value, string levelOne)
    {
        var hierarchy = AutomaticHierarchy.Build(kind, [value, value]);

        Assert.Equal(1, hierarchy.DomainSize);
        Assert.Equal(levelOne, hierarchy.Generalize(value, 1));
    }
}
