using Kura.Anonymity.Hierarchies;
using Kura.Core;

namespace Kura.Anonymity.Tests.Hierarchies;

public class Icd10HierarchyTests
{
    [Theory]
    [InlineData("I21.4", "I21", "I20-I25", "IX I00-I99")]
    [InlineData("E119", "E11", "E10-E14", "IV E00-E90")]
    [InlineData("c50.9", "C50", "C50", "II C00-D48")]
    [InlineData("D49", "D49", "C00-D48", "II C00-D48")]
    [InlineData("X85", "X85", "X85-Y09", "XX V01-Y98")]
    [InlineData("U07.1", "U07", "U00-U49", "XXII U00-U99")]
    [InlineData("F32", "F32", "F30-F39", "V F00-F99")]
    public void Build_Code_CategoryBlockChapterStar(string code, string category, string block, string chapter)
    {
        var h = Icd10Hierarchy.Build([code]);

        Assert.Equal(new[] { code, category, block, chapter, "*" }, Enumerable.Range(0, 5).Select(l => h.Generalize(code, l)));
    }

    [Fact]
    public void Chapters_Blocks_LieInsideTheirChapterAndDoNotOverlap()
    {
        foreach (var chapter in Icd10Table.Chapters)
        {
            var blocks = chapter.Blocks;
            Assert.All(blocks, b => Assert.True(string.CompareOrdinal(chapter.First, b.First) <= 0 && string.CompareOrdinal(b.Last, chapter.Last) <= 0, $"{b.Label} outside {chapter.Label}"));
            for (var i = 1; i < blocks.Count; i++) Assert.True(string.CompareOrdinal(blocks[i - 1].Last, blocks[i].First) < 0, $"{blocks[i - 1].Label} overlaps {blocks[i].Label}");
        }
        Assert.Equal(22, Icd10Table.Chapters.Count);
    }

    [Theory]
    [InlineData("9A0")]
    [InlineData("A")]
    [InlineData("")]
    public void Build_NotAnIcdCode_Throws(string value)
    {
        Assert.Equal("KURA-ANON-HIERARCHY-INPUT", Assert.Throws<KuraException>(() => Icd10Hierarchy.Build([value])).Code);
    }
}
