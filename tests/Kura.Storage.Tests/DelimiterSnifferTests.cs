using Kura.Storage.Intake;

namespace Kura.Storage.Tests;

public class DelimiterSnifferTests
{
    [Theory]
    [InlineData("a,b,c\n1,2,3\n4,5,6\n", ',')]
    [InlineData("a\tb\tc\n1\t2,5\t3\n", '\t')]
    [InlineData("a;b;c\n1;2,5;3\n4;5;6\n", ';')]
    [InlineData("name,note;x\n\"a;b\",c;d\n", ',')]
    [InlineData("single\n1\n2\n", ',')]
    public void Detect_Sample_PicksDelimiter(string sample, char expected) => Assert.Equal(expected, DelimiterSniffer.Detect(sample));
}
