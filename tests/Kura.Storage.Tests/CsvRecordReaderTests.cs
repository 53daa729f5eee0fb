using Kura.Storage.Intake;

namespace Kura.Storage.Tests;

public class CsvRecordReaderTests
{
    private static List<(long Line, string[] Fields)> ReadAll(string text, char delimiter = ',')
    {
        var reader = new CsvRecordReader(new StringReader(text), delimiter);
        var fields = new List<string>();
        var records = new List<(long, string[])>();
        while (reader.Read(fields)) records.Add((reader.RecordLine, fields.ToArray()));
        return records;
    }

    [Fact]
    public void Read_QuotedFieldsWithNewlinesAndEscapes_KeepsPhysicalLines()
    {
        var records = ReadAll("a,b\r\n\"x\ny\",\"say \"\"hi\"\"\"\n\n3,4\n");
        Assert.Equal(3, records.Count);
        Assert.Equal(["x\ny", "say \"hi\""], records[1].Fields);
        Assert.Equal(2, records[1].Line);
        Assert.Equal(5, records[2].Line);
    }

    [Fact]
    public void Read_QuoteInsideUnquotedField_IsLiteral() => Assert.Equal(["a\"b", "c"], ReadAll("a\"b,c")[0].Fields);

    [Fact]
    public void Read_UnclosedQuote_ThrowsWithLineAndColumn()
    {
        var e = Assert.Throws<CsvSyntaxException>(() => ReadAll("a,b\n1,\"open\n"));
        Assert.Equal((2L, 2), (e.Line, e.Column));
    }

    [Fact]
    public void Read_TextAfterClosingQuote_Throws()
    {
        var e = Assert.Throws<CsvSyntaxException>(() => ReadAll("a,b\n\"q\"r,1\n"));
        Assert.Equal((2L, 1), (e.Line, e.Column));
    }

    [Fact]
    public void Read_TabDelimiter_SplitsOnTabs() => Assert.Equal(["a", "b,c"], ReadAll("a\tb,c", '\t')[0].Fields);
}
