using Kura.Core;
using static Kura.Policy.Tests.TestPolicies;

namespace Kura.Policy.Tests;

public class PolicyEvaluatorTests
{
    private const string Cur = PolicyVocabulary.RegimeCurrent;
    private const string Amd = PolicyVocabulary.Regime2026;

    [Theory]
    [InlineData(Cur, 15, true, false, false)]
    [InlineData(Cur, 16, false, false, false)]
    [InlineData(Cur, 17, false, false, false)]
    [InlineData(Cur, 18, false, false, false)]
    [InlineData(Amd, 15, false, true, true)]
    [InlineData(Amd, 16, false, false, true)]
    [InlineData(Amd, 17, false, false, true)]
    [InlineData(Amd, 18, false, false, false)]
    public void Evaluate_ChildrenAges_FireOnTheRightSideOfEachAge(string regime, long age, bool kuraChd01, bool chd01, bool chd02)
    {
        var ids = Evaluate(regime, Request("statistics", "dp-query", Face) with { MinSubjectAge = age }).RuleIds;
        Assert.Equal(kuraChd01, ids.Contains("KURA-CHD-01"));
        Assert.Equal(chd01, ids.Contains("AMD-CHD-01"));
        Assert.Equal(chd02, ids.Contains("AMD-CHD-02"));
    }

    [Theory]
    [InlineData(Cur, 15, 16L)]
    [InlineData(Amd, 15, 16L)]
    [InlineData(Amd, 16, null)]
    public void Evaluate_FacialDataOfChildren_ExcludesThemBelowTheConsentAge(string regime, long age, long? ageBelow)
    {
        var exclusions = Evaluate(regime, Request("statistics", "dp-query", Face) with { MinSubjectAge = age }).RowExclusions;
        Assert.Equal(ageBelow, exclusions.SingleOrDefault(x => x.Who == "minors-facial-without-legal-rep-consent")?.AgeBelow);
        Assert.Contains(exclusions, x => x.Who == "objectors");
    }

    [Fact]
    public void Evaluate_FacialColumnNotRequested_StillExcludesChildrenFromEveryRelease()
    {
        var facts = Request("statistics", "dp-query", Face with { Requested = false }) with { MinSubjectAge = 10 };
        var decision = Evaluate(Cur, facts);
        Assert.DoesNotContain("FaceFeature", decision.Categories);
        Assert.Contains(decision.RowExclusions, x => x.Who == "minors-facial-without-legal-rep-consent" && x.AgeBelow == 16);
    }

    [Fact]
    public void Evaluate_ConsentAgeChangedByOrdinance_UsesTheParameter()
    {
        var policy = Amended.WithParameter("child.consentAge", "13", "test ordinance");
        var at15 = PolicyEvaluator.Evaluate(policy, Request("statistics", "dp-query", Face) with { MinSubjectAge = 15 });
        var at12 = PolicyEvaluator.Evaluate(policy, Request("statistics", "dp-query", Face) with { MinSubjectAge = 12 });
        Assert.DoesNotContain("AMD-CHD-01", at15.RuleIds);
        Assert.Equal(13, at12.RowExclusions.Single(x => x.StepId == "legal-rep-consent").AgeBelow);
        Assert.Contains(at12.Parameters, p => p.Name == "child.consentAge" && p.Value == "13" && p.Overridden);
    }

    [Theory]
    [InlineData(Cur)]
    [InlineData(Amd)]
    public void Evaluate_AgesUnknown_AssumesMinorsUnlessTheParameterSaysOtherwise(string regime)
    {
        var facts = Request("statistics", "dp-query", Face) with { MinSubjectAge = null };
        Assert.Contains(Evaluate(regime, facts).RowExclusions, x => x.StepId == "legal-rep-consent");
        var relaxed = For(regime).WithParameter("child.assumeMinorsWhenAgeUnknown", "false");
        Assert.DoesNotContain(PolicyEvaluator.Evaluate(relaxed, facts).RowExclusions, x => x.StepId == "legal-rep-consent");
    }

    [Theory]
    [InlineData(Cur, "individual-decision")]
    [InlineData(Cur, "marketing")]
    [InlineData(Cur, "re-identification")]
    [InlineData(Amd, "individual-decision")]
    [InlineData(Amd, "marketing")]
    [InlineData(Amd, "re-identification")]
    public void Evaluate_IneligiblePurpose_IsDeniedCitingThePurposeRule(string regime, string purpose)
    {
        foreach (var kind in PolicyVocabulary.ReleaseKinds)
        {
            var decision = Evaluate(regime, Request(purpose, kind));
            Assert.Equal(DecisionOutcome.Denied, decision.Outcome);
            Assert.Contains("APPI-PUR-01", decision.ReleaseKinds.Single().DenyRuleIds);
            Assert.Equal(purpose == "re-identification" || kind == "pseudonymized-extract", decision.RuleIds.Contains("APPI-PSE-02"));
            Assert.DoesNotContain("AMD-STAT-01", decision.RuleIds);
        }
    }

    [Theory]
    [InlineData(Cur)]
    [InlineData(Amd)]
    public void Evaluate_SensitiveData_RequiresTwoDistinctStewards(string regime)
    {
        var facts = Request("statistics", "dp-query", Diagnosis) with
        {
            PublicHealthStatement = true, NoticePublished = true, RiskAttested = true, WrittenAgreement = true,
        };
        Assert.Contains(Evaluate(regime, facts).PendingSteps, s => s.Id == "two-stewards" && s.RuleIds.Contains("KURA-GOV-01"));
        Assert.Contains(Evaluate(regime, facts with { DistinctStewards = 1 }).PendingSteps, s => s.Id == "two-stewards");
        var approved = Evaluate(regime, facts with { DistinctStewards = 2 });
        Assert.Contains(approved.Steps, s => s.Id == "two-stewards" && s.Done);
        Assert.True(approved.CanApprove);
    }

    [Fact]
    public void Evaluate_StewardCountParameter_IsHonoured()
    {
        var policy = Current.WithParameter("approval.stewardsForSensitive", "3");
        var facts = Request("statistics", "dp-query", Conviction) with { DistinctStewards = 2 };
        Assert.Contains(PolicyEvaluator.Evaluate(policy, facts).PendingSteps, s => s.Id == "two-stewards");
        Assert.Contains("Criminal", PolicyEvaluator.Evaluate(policy, facts).Categories);
    }

    [Fact]
    public void Evaluate_OrdinaryDataSingleSteward_NeedsNoSecondSteward()
    {
        var decision = Evaluate(Cur, Request());
        Assert.Equal(DecisionOutcome.Allowed, decision.Outcome);
        Assert.DoesNotContain(decision.Steps, s => s.Id == "two-stewards");
        Assert.True(decision.CanApprove);
    }

    [Fact]
    public void Evaluate_Amended_StatisticalExceptionListsItsSteps()
    {
        var decision = Evaluate(Amd, Request("ai-development"));
        Assert.Equal(DecisionOutcome.AllowedWithSteps, decision.Outcome);
        Assert.Equal(["publish-notice", "risk-attestation", "written-agreement"], decision.PendingSteps.Select(s => s.Id).Order());
        var done = Evaluate(Amd, Request("ai-development") with { NoticePublished = true, WrittenAgreement = true, RiskAttested = true });
        Assert.True(done.CanApprove);
    }

    [Fact]
    public void Evaluate_AmendedInternalUse_NeedsNoWrittenAgreement()
    {
        var decision = Evaluate(Amd, Request("statistics") with { Action = "use" });
        Assert.DoesNotContain(decision.Steps, s => s.Id == "written-agreement");
    }

    [Fact]
    public void Evaluate_StatModeStandard_DropsTheRiskAttestation()
    {
        var policy = Amended.WithParameter("stat.mode", "standard");
        Assert.DoesNotContain(PolicyEvaluator.Evaluate(policy, Request("statistics")).Steps, s => s.Id == "risk-attestation");
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public void Evaluate_AmendedHealthData_NeedsThePublicHealthStatement(bool statement, bool done)
    {
        var decision = Evaluate(Amd, Request("statistics", "dp-query", Diagnosis) with { PublicHealthStatement = statement });
        Assert.Equal(done, decision.Steps.Single(s => s.Id == "public-health-statement").Done);
        Assert.Contains("Health", decision.Categories);
    }

    [Fact]
    public void Evaluate_CurrentHealthDataDp_NeedsNoPublicHealthStatement()
    {
        Assert.DoesNotContain(Evaluate(Cur, Request("statistics", "dp-query", Diagnosis)).Steps, s => s.Id == "public-health-statement");
    }

    [Fact]
    public void Evaluate_CurrentPseudonymisedExtractToProcessor_NeedsAContractNotConsent()
    {
        // Entrustment (Art. 27(5)(i)) is not third-party provision: no consent and no provision record.
        var decision = Evaluate(Cur, Request("statistics", "pseudonymized-extract") with { RecipientProcessor = true });
        Assert.Equal(DecisionOutcome.AllowedWithSteps, decision.Outcome);
        Assert.Equal(["APPI-3P-01"], decision.ReleaseKinds.Single().BasisRuleIds);
        Assert.Contains(decision.PendingSteps, s => s.Id == "processor-contract");
        Assert.DoesNotContain(decision.Steps, s => s.Id is "subject-consent" or "provision-record");
    }

    [Fact]
    public void Evaluate_NoRuleAllowsTheKind_IsDenied()
    {
        var decision = Evaluate(Cur, Request("academic-research", "pseudonymized-extract") with { Action = "use" });
        Assert.Equal(DecisionOutcome.Denied, decision.Outcome);
        Assert.Empty(decision.ReleaseKinds.Single().BasisRuleIds);
        Assert.Empty(decision.ReleaseKinds.Single().DenyRuleIds);
    }

    [Fact]
    public void Evaluate_OneKindDenied_MostRestrictiveWins()
    {
        var facts = Request("academic-research") with { Action = "use", ReleaseKinds = ["dp-query", "pseudonymized-extract"] };
        var decision = Evaluate(Cur, facts);
        Assert.Equal(DecisionOutcome.Denied, decision.Outcome);
        Assert.Equal(DecisionOutcome.Allowed, decision.ReleaseKinds.Single(k => k.Kind == "dp-query").Outcome);
    }

    [Fact]
    public void Evaluate_AnonymisedExtract_AllowedWithPublicationOfItems()
    {
        var decision = Evaluate(Cur, Request("statistics", "anonymized-extract"));
        Assert.Equal(DecisionOutcome.AllowedWithSteps, decision.Outcome);
        Assert.Contains(decision.PendingSteps, s => s.Id == "publish-anonymized-items");
        Assert.Contains(decision.Steps, s => s.Id == "anonymization-standard" && s.Kind == StepKind.Engine);
    }

    [Fact]
    public void Evaluate_Appi2026SelectedButDateUnset_AppliesCurrentLaw()
    {
        var selected = Current.WithRegime(PolicyVocabulary.Regime2026);
        var decision = PolicyEvaluator.Evaluate(selected, Request("ai-development"));
        Assert.Equal(Cur, decision.Regime);
        Assert.DoesNotContain(decision.RuleIds, id => id.StartsWith("AMD-", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_BeforeTheAmendmentDate_AppliesCurrentLaw()
    {
        var decision = PolicyEvaluator.Evaluate(Amended, Request("ai-development") with { AsOf = new DateTimeOffset(2028, 3, 31, 14, 59, 0, TimeSpan.Zero) });
        Assert.Equal(Cur, decision.Regime);
    }

    [Fact]
    public void Evaluate_FullWidthColumnName_IsStillAnIdentificationCode()
    {
        var decision = Evaluate(Cur, Request("statistics", "dp-query", new ColumnFacts("ＭｙＮｕｍｂｅｒ", ColumnClass.Ordinary)));
        Assert.Contains("IdCode", decision.Categories);
    }

    [Fact]
    public void Evaluate_Decision_RecordsEvidenceParametersAndPolicy()
    {
        var decision = Evaluate(Amd, Request("statistics", "dp-query", Face) with { MinSubjectAge = 15 });
        var chd = decision.Rules.Single(r => r.Id == "AMD-CHD-01");
        Assert.Contains(new Evidence("subject.minAge", "15"), chd.Evidence);
        Assert.Contains(decision.Parameters, p => p.Name == "child.consentAge" && p.Value == "16");
        Assert.Equal(Amended.ContentHash, decision.PolicyHash);
        Assert.Equal(Amended.Version, decision.PolicyVersion);
    }

    [Fact]
    public void Evaluate_FactSources_AreCopiedOnlyIntoTheEvidenceOfThatFact()
    {
        var source = new LocalizedText("申告", "declared");
        var facts = Request("statistics", "dp-query", Face) with
        {
            MinSubjectAge = 15,
            FactSources = new Dictionary<string, LocalizedText> { ["subject.minAge"] = source },
        };
        var evidence = Evaluate(Cur, facts).Rules.Single(r => r.Id == "KURA-CHD-01").Evidence;
        Assert.Contains(new Evidence("subject.minAge", "15", source), evidence);
        Assert.All(evidence.Where(e => e.Fact != "subject.minAge"), e => Assert.Null(e.Source));
    }

    [Fact]
    public void Decision_JsonRoundTrip_IsLossless()
    {
        var decision = Evaluate(Amd, Request("ai-development", "synthetic", Face, Diagnosis) with { MinSubjectAge = 15 });
        var json = decision.ToJson();
        Assert.Equal(json, PolicyDecision.FromJson(json).ToJson());
        Assert.Contains("\"outcome\":\"allowed-with-steps\"", json);
    }

    [Theory]
    [InlineData("purpose")]
    [InlineData("kind")]
    [InlineData("category")]
    public void Evaluate_ValueOutsideTheVocabulary_IsRefused(string which)
    {
        var facts = which switch
        {
            "purpose" => Request("statistcs"),
            "kind" => Request("statistics", "raw-export"),
            _ => Request() with { DeclaredCategories = ["Medical"] },
        };
        var error = Assert.Throws<KuraException>(() => Evaluate(Cur, facts));
        Assert.Equal("KURA-POLICY-FACT-INVALID", error.Code);
    }

    [Fact]
    public void ForRequest_ListsEveryColumnAndMarksTheRequestedOnes()
    {
        var table = new VaultTable("t", [new Column("id", ColumnType.Text, ColumnClass.PersonKey), new Column("face", ColumnType.Text, ColumnClass.Facial)], 10, 10, 1);
        var dataset = new Dataset("d", PrivacyUnit.Key("id"), [table], At);
        var facts = PolicyFacts.ForRequest(Purpose.AiDevelopment, [ReleaseKind.DpQuery, ReleaseKind.Synthetic], [dataset], ["id"], At);
        Assert.Equal("ai-development", facts.Purpose);
        Assert.Equal(["dp-query", "synthetic"], facts.ReleaseKinds);
        Assert.Equal([true, false], facts.Columns.Select(c => c.Requested));
    }

    [Fact]
    public void Categories_OfIncidentColumns_AreTheClassifiersTags()
    {
        var columns = new[] { new ColumnFacts("card_number", ColumnClass.DirectIdentifier), Conviction, Face with { Requested = false } };
        Assert.Equal(["Criminal", "PI", "PaymentCred", "Sensitive"], PolicyEvaluator.Categories(Current, columns, At));
    }

    [Fact]
    public void Categories_PersonKeyAlone_IsAnInternalIdNotPersonalInformation()
    {
        Assert.Equal(["InternalId"], PolicyEvaluator.Categories(Current, [new ColumnFacts("patient_id", ColumnClass.PersonKey)], At));
        var withName = new[] { new ColumnFacts("patient_id", ColumnClass.PersonKey), new ColumnFacts("name", ColumnClass.DirectIdentifier) };
        Assert.Equal(["InternalId", "PI"], PolicyEvaluator.Categories(Current, withName, At));
    }

    [Theory]
    [InlineData("薬剤")]
    [InlineData("drug_name")]
    [InlineData("医薬品コード")]
    [InlineData("medicine")]
    public void Categories_DrugColumns_AreHealthData(string name)
    {
        Assert.Contains("Health", PolicyEvaluator.Categories(Current, [new ColumnFacts(name, ColumnClass.SpecialCare)], At));
    }

    [Fact]
    public void Evaluate_DrugColumnForAi_NeedsThePublicHealthStatement()
    {
        var decision = Evaluate(Amd, Request("ai-development", "dp-query", new ColumnFacts("薬剤", ColumnClass.SpecialCare)));
        Assert.Contains(decision.Steps, s => s.Id == "public-health-statement" && s.RuleIds.Contains("AMD-STAT-03"));
    }

    [Theory]
    [InlineData(Cur, "academic-research")]
    [InlineData(Cur, "statistics")]
    [InlineData(Amd, "ai-development")]
    [InlineData(Amd, "academic-research")]
    public void Evaluate_PseudonymisedExtractToThirdParty_IsDeniedEvenWithConsent(string regime, string purpose)
    {
        var decision = Evaluate(regime, Request(purpose, "pseudonymized-extract") with { SubjectConsent = true, RiskAttested = true, NoticePublished = true });
        Assert.Equal(DecisionOutcome.Denied, decision.Outcome);
        Assert.Equal(["APPI-PSE-02"], decision.ReleaseKinds.Single().DenyRuleIds);
        Assert.DoesNotContain("AMD-STAT-01", decision.RuleIds);
    }

    [Fact]
    public void Evaluate_AiDevelopmentDp_StillAllowedByTheStatisticsException()
    {
        var decision = Evaluate(Amd, Request("ai-development", "synthetic"));
        Assert.Contains("AMD-STAT-01", decision.ReleaseKinds.Single().BasisRuleIds);
    }

    [Theory]
    [InlineData(Amd, 2)]
    [InlineData(Amd, 16)]
    [InlineData(Cur, 2)]
    public void Evaluate_PseudonymisedExtractToAThirdParty_IsDeniedByPse02WhateverTheConsent(string regime, long age)
    {
        // Not even with consent (Art. 41(6)); no consent step can open this route, the child's or a representative's.
        var facts = Request("academic-research", "pseudonymized-extract") with { MinSubjectAge = age, SubjectConsent = true, LegalRepConsent = true };
        var decision = Evaluate(regime, facts);
        Assert.Equal(DecisionOutcome.Denied, decision.Outcome);
        Assert.Contains("APPI-PSE-02", decision.ReleaseKinds.Single().DenyRuleIds);
    }

    [Fact]
    public void Evaluate_ProcessorAndChildren_NeedNeitherConsentNorTheLegalRepresentative()
    {
        var decision = Evaluate(Amd, Request("academic-research", "pseudonymized-extract") with { RecipientProcessor = true, MinSubjectAge = 2 });
        Assert.NotEqual(DecisionOutcome.Denied, decision.Outcome);
        Assert.Contains(decision.PendingSteps, s => s.Id == "processor-contract");
        Assert.DoesNotContain(decision.Steps, s => s.Id is "subject-consent" or "legal-representative-consent");
    }

    [Theory]
    [InlineData(Cur, new[] { "APPI-ACQ-01" })]
    [InlineData(Amd, new[] { "APPI-ACQ-01", "AMD-PEN-01" })]
    public void ForRequest_FraudulentlyAcquiredDataset_IsDeniedForEveryKind(string regime, string[] rules)
    {
        var table = new VaultTable("t", [new Column("id", ColumnType.Text, ColumnClass.PersonKey)], 1, 1, 1);
        var dataset = new Dataset("d", PrivacyUnit.Key("id"), [table], At) { FraudulentlyAcquired = true };
        var facts = PolicyFacts.ForRequest(Purpose.Statistics, Enum.GetValues<ReleaseKind>(), [dataset], null, At);
        Assert.Equal("deceptive", facts.AcquisitionMethod);
        var decision = Evaluate(regime, facts);
        Assert.All(decision.ReleaseKinds, k => Assert.Equal(rules, k.DenyRuleIds.Where(rules.Contains)));
        Assert.All(decision.ReleaseKinds, k => Assert.Equal(DecisionOutcome.Denied, k.Outcome));
    }
}
