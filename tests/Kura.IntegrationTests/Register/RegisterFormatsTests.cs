using Kura.Engine.Register;

namespace Kura.IntegrationTests.Register;

public class RegisterFormatsTests
{
    private static RegisterRow Row(string organization, string purpose = "statistics") => new(
        "p1", organization, purpose, ["census"], ["quasi-identifier"], ["dp-query"], 2, "0.5", "0", "1", "0.00001", "approved",
        ["APPI-STAT-01"], new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero), null, null);

    private static string Field(string csv, int column) => csv.Split("\r\n")[1].Split(',')[column];

    [Theory]
    [InlineData("=HYPERLINK(\"http://x.example\")", "\"'=HYPERLINK(\"\"http://x.example\"\")\"")]
    [InlineData("+81 3 1234", "'+81 3 1234")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    public void Csv_FieldStartingWithFormulaCharacter_PrefixedWithSingleQuote(string organization, string expected) =>
        Assert.Equal(expected, Field(RegisterFormats.Csv([Row(organization)]), 1));

    [Fact]
    public void Csv_CarriageReturnFirst_PrefixedAndQuoted() =>
        Assert.StartsWith("p1,\"'\rnote\"", RegisterFormats.Csv([Row("\rnote")]).Split("\r\n", 2)[1]);

    [Fact]
    public void Csv_OrdinaryFields_Unchanged()
    {
        var csv = RegisterFormats.Csv([Row("Tokyo Hospital, Inc.", "ai-development")]);
        Assert.Contains("p1,\"Tokyo Hospital, Inc.\",ai-development,census,", csv);
    }
}
