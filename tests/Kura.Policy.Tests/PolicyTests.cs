using Kura.Core;
using static Kura.Policy.Tests.TestPolicies;

namespace Kura.Policy.Tests;

public class PolicyTests
{
    private static DateTimeOffset Jst(int y, int m, int d, int h = 0) => new(y, m, d, h, 0, 0, TimeSpan.FromHours(9));

    [Fact]
    public void RegimeAt_ShippedFile_IsCurrentLawSince2022()
    {
        var status = Current.RegimeAt(At);
        Assert.Equal(PolicyVocabulary.RegimeCurrent, status.Effective);
        Assert.Equal(new DateOnly(2022, 4, 1), status.Since);
        Assert.True(status.SelectedInForce);
    }

    [Fact]
    public void RegimeAt_AmendmentSelectedWithoutDate_FallsBackAndSaysWhy()
    {
        var status = Current.WithRegime(PolicyVocabulary.Regime2026).RegimeAt(At);
        Assert.Equal(PolicyVocabulary.RegimeCurrent, status.Effective);
        Assert.False(status.SelectedInForce);
        Assert.Null(status.SelectedStart);
        Assert.Contains("not set", status.Explanation.En);
        Assert.Contains("未設定", status.Explanation.Ja);
    }

    [Theory]
    [InlineData(2028, 3, 31, 23, PolicyVocabulary.RegimeCurrent)]
    [InlineData(2028, 4, 1, 0, PolicyVocabulary.Regime2026)]
    public void RegimeAt_AroundTheEffectiveDate_SwitchesOnTheJapanCalendarDay(int y, int m, int d, int h, string expected)
    {
        Assert.Equal(expected, Amended.RegimeAt(Jst(y, m, d, h)).Effective);
    }

    [Fact]
    public void RegimeAt_UtcEveningBeforeTheDate_IsAlreadyTheDateInJapan()
    {
        Assert.Equal(PolicyVocabulary.Regime2026, Amended.RegimeAt(new DateTimeOffset(2028, 3, 31, 15, 0, 0, TimeSpan.Zero)).Effective);
    }

    [Fact]
    public void WithParameter_SetsTheLocalValueAndKeepsTheDefault()
    {
        var changed = Current.WithParameter("breach.personThreshold", "500", "test ordinance", new DateOnly(2029, 1, 1));
        var parameter = changed.Parameter("breach.personThreshold");
        Assert.Equal(500L, parameter.Current.Raw);
        Assert.Equal(1000L, parameter.Default.Raw);
        Assert.Equal(new DateOnly(2029, 1, 1), parameter.EffectiveFrom);
        Assert.NotEqual(Current.ContentHash, changed.ContentHash);
        Assert.Equal(1000L, Current.Parameter("breach.personThreshold").Current.Raw);
    }

    [Theory]
    [InlineData("breach.personThreshold", "many")]
    [InlineData("cons.enabled", "yes")]
    [InlineData("appi2026.effectiveDate", "1 April 2028")]
    public void WithParameter_ValueOfTheWrongType_IsRefused(string name, string value)
    {
        Assert.Equal("KURA-POLICY-VALUE-INVALID", Assert.Throws<KuraException>(() => Current.WithParameter(name, value)).Code);
    }

    [Fact]
    public void WithParameter_ValueOutsideAFactsVocabulary_IsRefusedByValidation()
    {
        var error = Assert.Throws<KuraException>(() => Current.WithParameter("stat.purposes", "statistics, marketting"));
        Assert.Equal("KURA-POLICY-INVALID", error.Code);
        Assert.Contains("'marketting' is not a value of fact 'purpose'", error.Message);
    }

    [Fact]
    public void Parameter_Unknown_IsNotFound()
    {
        Assert.Equal(KuraErrorKind.NotFound, Assert.Throws<KuraException>(() => Current.Parameter("breach.nothing")).Kind);
    }

    [Fact]
    public void WithRegime_Unknown_IsRefused()
    {
        Assert.Equal("KURA-POLICY-REGIME-UNKNOWN", Assert.Throws<KuraException>(() => Current.WithRegime("gdpr")).Code);
    }

    [Fact]
    public void ContentHash_IgnoresCommentsAndLayout()
    {
        var reformatted = PolicyFile.Parse("# a comment\n" + PolicyFile.ShippedDefaultText.Replace("\n\n", "\n"));
        Assert.Equal(Current.ContentHash, reformatted.ContentHash);
    }

    [Fact]
    public void ShippedParameters_EveryOrdinanceThresholdIsAParameter()
    {
        string[] required =
        [
            "breach.personThreshold", "sur.personThreshold", "child.consentAge", "child.bestInterestsAge",
            "breach.noticeWaiverCategories", "stat.mode", "approval.stewardsForSensitive", "appi2026.effectiveDate",
        ];
        Assert.All(required, name => Assert.NotNull(Current.Parameter(name)));
        Assert.All(Current.Parameters, p => Assert.False(string.IsNullOrWhiteSpace(p.Source)));
    }
}
