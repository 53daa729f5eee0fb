using Kura.Core;
using Kura.Synthesis.Domains;
using Kura.Synthesis.Tests.Support;

namespace Kura.Synthesis.Tests.Domains;

public class HierarchyLeavesTests
{
    [Fact]
    public void Read_HierarchyText_TakesColumnZeroInFileOrder()
    {
        var domain = HierarchyLeaves.Read("sex", new StringReader("Male;*\nFemale;*\n\n"));
        Assert.Equal(["Male", "Female"], domain.Values);
    }

    [Fact]
    public void Read_AdultWorkclassFile_IncludesDeclaredValuesAbsentFromData()
    {
        var path = Path.Combine(RepositoryRoot.Find(), "..", "shared", "data", "adult", "adult_hierarchy_workclass.csv");
        Assert.True(File.Exists(path), "shared/data/adult must be beside the repository.");
        using var reader = new StreamReader(path);
        var domain = HierarchyLeaves.Read("workclass", reader);
        Assert.Equal(8, domain.Size);
        Assert.Contains("Never-worked", domain.Values);
    }

    [Fact]
    public void Read_EmptyLeaf_Throws() =>
        Assert.Equal("KURA-SYNTH-HIERARCHY-INVALID",
            Assert.Throws<KuraException>(() => HierarchyLeaves.Read("x", new StringReader("a;*\n;*\n"))).Code);
}
