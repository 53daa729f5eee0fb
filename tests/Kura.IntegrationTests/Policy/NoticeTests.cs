using Kura.Core;
using Kura.Engine.Policy;
using Kura.Engine.Projects;
using Kura.Ledger;
using Kura.Policy;

namespace Kura.IntegrationTests.Policy;

/// <summary>The public notice: bilingual, about the dataset's items and facial data, and it completes publish-notice.</summary>
public class NoticeTests
{
    private static readonly HolderProfile Holder = new("Clinic K.K.", "privacy@clinic.example", "1-1 Chiyoda, Tokyo");

    [Fact]
    public void PublishNotice_Markdown_IsBilingualWithItemsFacialSectionAndConsentAge()
    {
        using var home = new PolicyHome();
        home.LoadClinic();

        var notice = home.Engine.PublishNotice(PolicyHome.Clinic, "md", Holder);

        Assert.Contains("個人データの取扱いに関する公表事項: clinic", notice.Text);
        Assert.Contains("Public notice on the handling of personal data: clinic", notice.Text);
        Assert.Contains("diagnosis", notice.Text);
        Assert.Contains("顔特徴データの取扱い", notice.Text);
        Assert.Contains("persons under 16", notice.Text);
        Assert.Contains("privacy@clinic.example", notice.Text);
        Assert.True(notice.Record.FacialSection);
        Assert.Equal(Holder, home.Engine.Holder());
        var entry = Assert.Single(home.Engine.Ledger.ReadAll(), e => e.Type == LedgerEntryTypes.NoticePublished);
        Assert.Equal(notice.Record.Sha256, entry.Payload["sha256"]!.GetValue<string>());
    }

    [Fact]
    public void PublishNotice_Html_IsAStandalonePage()
    {
        using var home = new PolicyHome();
        home.LoadClinic();

        var notice = home.Engine.PublishNotice(PolicyHome.Clinic, "html", Holder);

        Assert.StartsWith("<!DOCTYPE html>", notice.Text);
        Assert.Contains("<html lang=\"ja\">", notice.Text);
        Assert.Equal("html", notice.Record.Format);
    }

    [Fact]
    public void PublishNotice_WithoutAKnownHolder_IsRefused()
    {
        using var home = new PolicyHome();
        home.LoadClinic();

        Assert.Equal("KURA-HOLDER-UNKNOWN", Assert.Throws<KuraException>(() => home.Engine.PublishNotice(PolicyHome.Clinic)).Code);
        Assert.Equal("KURA-NOTICE-FORMAT", Assert.Throws<KuraException>(() => home.Engine.PublishNotice(PolicyHome.Clinic, "pdf", Holder)).Code);
    }

    [Fact]
    public void PublishNotice_CompletesThePublishNoticeStepOfOpenProjects()
    {
        using var home = new PolicyHome();
        home.LoadClinic();
        home.Engine.SetPolicyParameter("appi2026.effectiveDate", "2026-04-01");
        home.Engine.SelectRegime(PolicyVocabulary.Regime2026);
        home.Engine.RequestProject(new ProjectRequest("p", "Lab", Purpose.Statistics, [PolicyHome.Clinic], new PrivacyBudget(1, 0)));
        Assert.Contains(home.Engine.ReviewProject("p").Decision.PendingSteps, s => s.Id == "publish-notice");

        var notice = home.Engine.PublishNotice(PolicyHome.Clinic, "md", Holder);

        Assert.Equal(["p"], notice.ProjectsUpdated);
        var pending = home.Engine.ReviewProject("p").Decision.PendingSteps.Select(s => s.Id).ToList();
        Assert.DoesNotContain("publish-notice", pending);
        Assert.DoesNotContain("publish-biometric-handling", pending);
        Assert.Contains("written-agreement", pending);
    }
}
