namespace Kura.DemoData.Tests;

public class CsvRowWriterTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    [InlineData("cr\rhere", "\"cr\rhere\"")]
    [InlineData("佐藤　花子", "佐藤　花子")]
    public void Text_SpecialCharacters_QuotedPerRfc4180(string value, string expected)
    {
        var output = new StringWriter();
        var csv = new CsvRowWriter(output);
        csv.Text(value);
        csv.EndRow();
        Assert.Equal(expected + "\r\n", output.ToString());
    }

    [Fact]
    public void EndRow_MixedFields_CommaSeparatedCrlfTerminatedAndCounted()
    {
        var output = new StringWriter();
        var csv = new CsvRowWriter(output);
        csv.Header(["id", "when", "n", "empty"]);
        csv.Text("P1");
        csv.Date(new DateOnly(2024, 2, 29));
        csv.Number(-1234567);
        csv.Empty();
        csv.EndRow();
        csv.Empty();
        csv.Number(0);
        csv.EndRow();
        Assert.Equal("id,when,n,empty\r\nP1,2024-02-29,-1234567,\r\n,0\r\n", output.ToString());
        Assert.Equal(2, csv.RowsWritten);
    }
}
