using Kura.Core;
using Kura.Sql.Syntax;

namespace Kura.Sql.Tests;

public class ParserTests
{
    [Theory]
    [InlineData("SELECT COUNT(*) FROM claims")]
    [InlineData("SELECT sex, COUNT(*) AS n FROM claims WHERE age BETWEEN 20 AND 30 AND sex IN ('F', 'M') GROUP BY sex ORDER BY n DESC LIMIT 5")]
    [InlineData("SELECT FLOOR(age / 10) * 10 AS decade, AVG(cost) FROM claims c JOIN patients p ON p.patient_id = c.patient_id GROUP BY 1")]
    [InlineData("SELECT PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY cost) FROM claims WHERE NOT (cost IS NULL) OR name LIKE 'a!%' ESCAPE '!'")]
    [InlineData("SELECT CASE WHEN age < 20 THEN 'young' ELSE 'old' END, SUM(cost) FROM claims WHERE service_date >= DATE '2024-01-01' GROUP BY 1")]
    [InlineData("SELECT EXTRACT(YEAR FROM service_date), COUNT(DISTINCT patient_id) FROM claims GROUP BY EXTRACT(YEAR FROM service_date)")]
    public void Parse_PrintedQuery_RoundTrips(string sql)
    {
        var printed = SqlPrinter.Print(Parser.Parse(sql));
        Assert.Equal(printed, SqlPrinter.Print(Parser.Parse(printed)));
    }

    [Fact]
    public void Parse_JapaneseAndQuotedIdentifiers_KeepsNames()
    {
        var s = Parser.Parse("SELECT 傷病名, COUNT(*) FROM \"claims\" AS \"c\"\"x\" GROUP BY 傷病名");
        Assert.Equal("傷病名", Assert.IsType<ColumnExpr>(s.Items[0].Expr).Name);
        Assert.Equal("c\"x", s.From.Alias);
    }

    [Fact]
    public void Parse_StringWithDoubledQuote_Unescapes()
    {
        var s = Parser.Parse("SELECT COUNT(*) FROM claims WHERE name = 'O''Brien'");
        var literal = Assert.IsType<LiteralExpr>(Assert.IsType<BinaryExpr>(s.Where).Right);
        Assert.Equal("O'Brien", literal.Value);
    }

    [Fact]
    public void Parse_CommentsAndTrailingSemicolon_AreIgnored()
    {
        var s = Parser.Parse("-- total\nSELECT /* all rows */ COUNT(*) FROM claims;");
        Assert.Single(s.Items);
    }

    [Fact]
    public void Parse_DateLiteral_IsTyped()
    {
        var s = Parser.Parse("SELECT COUNT(*) FROM claims WHERE service_date < DATE '2024-02-29'");
        var literal = Assert.IsType<LiteralExpr>(Assert.IsType<BinaryExpr>(s.Where).Right);
        Assert.Equal(new DateOnly(2024, 2, 29), literal.Value);
    }

    [Fact]
    public void Parse_DeepNesting_IsRefusedNotCrashed()
    {
        var sql = "SELECT COUNT(*) FROM claims WHERE " + new string('(', 5000) + "1=1" + new string(')', 5000);
        var e = Assert.Throws<KuraException>(() => Parser.Parse(sql));
        Assert.Equal("KURA-SQL-TOO-COMPLEX", e.Code);
    }

    [Fact]
    public void Parse_Error_NamesLineAndColumn()
    {
        var e = Assert.Throws<KuraException>(() => Parser.Parse("SELECT COUNT(*)\nFROM claims WHERE age >"));
        Assert.Equal("KURA-SQL-SYNTAX", e.Code);
        Assert.Contains("(at 2:24)", e.Message);
    }

    [Fact]
    public void Parse_UnterminatedString_DoesNotEchoContent()
    {
        var e = Assert.Throws<KuraException>(() => Parser.Parse("SELECT COUNT(*) FROM claims WHERE name = 'secret-name"));
        Assert.DoesNotContain("secret", e.Message);
    }

    [Fact]
    public void Parse_InvisibleCharacter_IsRefusedByCodePoint()
    {
        var e = Assert.Throws<KuraException>(() => Parser.Parse("SELECT COUNT(*) FROM cla\u200Bims"));
        Assert.Contains("U+200B", e.Message);
    }

    [Theory]
    [InlineData("999999999999999999", "999999999999999999")]
    [InlineData("0.000000000000000001", "0.000000000000000001")]
    [InlineData("123456789.123456789", "123456789.123456789")]
    [InlineData("1.500000000000000000000000", "1.5")]
    [InlineData("1e17", "100000000000000000")]
    [InlineData("25E-18", "0.000000000000000025")]
    [InlineData(".5", "0.5")]
    public void Parse_NumberWithinLimits_KeepsItsExactValue(string text, string value)
    {
        var s = Parser.Parse($"SELECT COUNT(*) FROM claims WHERE age < {text}");
        var literal = Assert.IsType<LiteralExpr>(Assert.IsType<BinaryExpr>(s.Where).Right);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), literal.Value);
    }

    [Theory]
    [InlineData("1000000000000000000")]
    [InlineData("1e18")]
    [InlineData("0.1234567890123456789012345678")]
    [InlineData("0.0000000000000000001")]
    [InlineData("1e-19")]
    [InlineData("1234567890.1234567890")]
    [InlineData("1e99999")]
    public void Parse_NumberBeyondLimits_RefusedAtItsPosition(string text)
    {
        var e = Assert.Throws<KuraException>(() => Parser.Parse($"SELECT COUNT(*) FROM claims\nWHERE age < {text}"));
        Assert.Equal("KURA-SQL-SYNTAX", e.Code);
        Assert.Contains("at most 18 significant digits", e.Message);
        Assert.Contains("18 decimal places", e.Message);
        Assert.Contains("(at 2:13)", e.Message);
    }
}
