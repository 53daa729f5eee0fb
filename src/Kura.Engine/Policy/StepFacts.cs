using System.Globalization;
using Kura.Core;
using Kura.Policy;
using Kura.Policy.Conditions;

namespace Kura.Engine.Policy;

/// <summary>
/// Turns recorded step evidence into the facts the policy tests. A record step is recordable when
/// its <c>doneWhen</c> tests one of the evidence facts below, so a step added to the policy file
/// over an existing fact works without code. The approval step is done by approvals, not evidence.
/// </summary>
internal static class StepFacts
{
    /// <summary>The fact a steward's approvals satisfy (the two-stewards step).</summary>
    public const string ApprovalFact = "approval.distinctStewards";

    private static readonly Dictionary<string, Func<PolicyFacts, string?, PolicyFacts>> Setters = new(StringComparer.Ordinal)
    {
        ["notice.anonymizedItemsPublished"] = (f, _) => f with { AnonymizedItemsPublished = true },
        ["agreement.recorded"] = (f, _) => f with { WrittenAgreement = true },
        ["riskAssessment.attested"] = (f, _) => f with { RiskAttested = true },
        ["riskAssessment.clearlyNoHarm"] = (f, _) => f with { ClearlyNoHarm = true },
        ["request.publicHealthStatement"] = (f, _) => f with { PublicHealthStatement = true },
        ["consent.subject"] = (f, _) => f with { SubjectConsent = true },
        ["consent.legalRep"] = (f, _) => f with { LegalRepConsent = true },
        ["consent.difficultyDocumented"] = (f, _) => f with { ConsentDifficultyDocumented = true },
        ["acquisition.exceptionRecorded"] = (f, _) => f with { AcquisitionExceptionRecorded = true },
        ["recipient.certifiedUser"] = (f, _) => f with { RecipientCertifiedUser = true },
        ["recipient.certifiedProducer"] = (f, _) => f with { RecipientCertifiedProducer = true },
        ["contract.processorTerms"] = (f, _) => f with { ProcessorContract = true },
        ["med.filingRecorded"] = (f, _) => f with { MedicalFilingRecorded = true },
        ["med.reviewRecorded"] = (f, _) => f with { MedicalReviewRecorded = true },
        ["bestInterests.assessment"] = (f, v) => f with { BestInterests = v ?? "positive" },
        ["med.noticeDaysBefore"] = (f, v) => f with { MedicalNoticeDaysBefore = long.Parse(v!, CultureInfo.InvariantCulture) },
    };

    /// <summary>
    /// Facts only <c>kura notice</c> satisfies (the published notice's hash is in the ledger); a
    /// steward's free-text evidence never counts for them.
    /// </summary>
    private static readonly HashSet<string> NoticeFacts = new(StringComparer.Ordinal) { "notice.published", "notice.biometricHandling" };

    /// <summary>The evidence fact a step's <c>doneWhen</c> tests, or null when evidence cannot satisfy it.</summary>
    public static string? EvidenceFact(PolicyStep step) =>
        step.Kind != StepKind.Record ? null
            : step.DoneWhen?.Walk().OfType<FactTest>().Select(t => t.Fact).FirstOrDefault(Setters.ContainsKey);

    /// <summary>True for the step that distinct stewards' approvals satisfy.</summary>
    public static bool IsApprovalStep(PolicyStep step) =>
        step.DoneWhen?.Walk().OfType<FactTest>().Any(t => t.Fact == ApprovalFact) == true;

    /// <summary>Ids of the steps a steward can record evidence for under <paramref name="policy"/>.</summary>
    public static IReadOnlyList<string> Recordable(global::Kura.Policy.Policy policy) =>
        [.. policy.Steps.Where(s => EvidenceFact(s) is not null).Select(s => s.Id)];

    /// <summary>Checks a step id and its value; returns the value to store (defaults filled in).</summary>
    public static string? Validate(global::Kura.Policy.Policy policy, string stepId, string? value)
    {
        var step = policy.Steps.FirstOrDefault(s => s.Id == stepId);
        if (step is not null && IsApprovalStep(step))
            throw KuraException.BadInput("KURA-STEP-BY-APPROVAL",
                $"Step '{stepId}' is done by approvals of different stewards: run 'kura project approve NAME --steward WHO' once per steward.");
        if (step?.DoneWhen?.Walk().OfType<FactTest>().FirstOrDefault(t => NoticeFacts.Contains(t.Fact)) is { } notice)
            throw KuraException.BadInput("KURA-STEP-BY-NOTICE",
                $"Step '{stepId}' is done only by publishing the notice with 'kura notice DATASET' (its hash is recorded in the ledger{(notice.Fact == "notice.biometricHandling" ? "; the dataset's facial data section is included" : "")}); evidence cannot stand in for it.");
        var fact = step is null ? null : EvidenceFact(step);
        if (fact is null)
            throw KuraException.BadInput("KURA-STEP-UNKNOWN",
                $"'{stepId}' is not a step a steward records. Recordable steps: {string.Join(", ", Recordable(policy))}.");
        return fact switch
        {
            "bestInterests.assessment" => value is null or "positive" or "negative" ? value ?? "positive"
                : throw KuraException.BadInput("KURA-STEP-VALUE", $"Step '{stepId}' takes --value positive or negative (got '{value}')."),
            "med.noticeDaysBefore" => long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days >= 0
                ? days.ToString(CultureInfo.InvariantCulture)
                : throw KuraException.BadInput("KURA-STEP-VALUE", $"Step '{stepId}' takes --value DAYS, the whole days between the notice to patients and the provision."),
            _ => value is null ? null
                : throw KuraException.BadInput("KURA-STEP-VALUE", $"Step '{stepId}' takes no --value; give the proof with --evidence."),
        };
    }

    /// <summary>Applies the latest evidence of each step (later records replace earlier ones).</summary>
    public static PolicyFacts Apply(global::Kura.Policy.Policy policy, PolicyFacts facts, IEnumerable<StepEvidence> evidence)
    {
        foreach (var e in evidence.GroupBy(e => e.StepId, StringComparer.Ordinal).Select(g => g.Last()))
        {
            var step = policy.Steps.FirstOrDefault(s => s.Id == e.StepId);
            if (step is not null && EvidenceFact(step) is { } fact) facts = Setters[fact](facts, e.Value);
        }
        return facts;
    }
}
