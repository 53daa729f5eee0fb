using Kura.Core;
using static Kura.Policy.Tests.TestPolicies;

namespace Kura.Policy.Tests;

public class PublicNoticeTests
{
    private static NoticeFacts Facts(params ColumnFacts[] columns) =>
        new("Sakura Hospital", "privacy@sakura.example.jp / 03-0000-0000", "outpatients", columns,
            ["statistics", "ai-development"], new DateOnly(2028, 6, 1), "Tokyo");

    [Fact]
    public void Markdown_StatesHolderDataPurposesAndHowToObjectInBothLanguages()
    {
        var text = PublicNotice.Markdown(Facts([.. Adult, Diagnosis]), Current);
        Assert.Contains("Sakura Hospital", text);
        Assert.Contains("privacy@sakura.example.jp", text);
        Assert.Contains("統計の作成", text);
        Assert.Contains("developing AI models", text);
        Assert.Contains(@"diagnosis\_code | 要配慮個人情報", text);
        Assert.Contains("利用停止・削除の求め", text);
        Assert.Contains("Asking for suspension or deletion", text);
        Assert.Contains("AMD-STAT-01", text);
    }

    [Fact]
    public void Markdown_FacialDataSection_AppearsOnlyWithFacialColumns()
    {
        Assert.DoesNotContain("顔特徴データの取扱い", PublicNotice.Markdown(Facts(Adult), Current));
        var text = PublicNotice.Markdown(Facts([.. Adult, Face]), Current);
        Assert.Contains("顔特徴データの取扱い", text);
        Assert.Contains("How facial data is handled", text);
        Assert.Contains("persons under 16", text);
    }

    [Fact]
    public void Markdown_ConsentAge_ComesFromThePolicy()
    {
        var policy = Current.WithParameter("child.consentAge", "15");
        var text = PublicNotice.Markdown(Facts([.. Adult, Face]), policy);
        Assert.Contains("15歳未満", text);
        Assert.DoesNotContain("16歳未満", text);
    }

    [Fact]
    public void Html_EncodesNames()
    {
        var html = PublicNotice.Html(Facts(new ColumnFacts("<b>x</b>", ColumnClass.Ordinary)), Current);
        Assert.Contains("&lt;b&gt;x&lt;/b&gt;", html);
        Assert.Contains("<html lang=\"ja\">", html);
    }
}
