using Kura.Core;
using static Kura.Policy.Tests.TestPolicies;

namespace Kura.Policy.Tests;

/// <summary>
/// For every rule id of the shipped policy, a case where it fires and a case on the other side of
/// its condition where it does not, under the regime(s) that matter.
/// </summary>
internal static class RuleScenarios
{
    private const string Cur = PolicyVocabulary.RegimeCurrent;
    private const string Amd = PolicyVocabulary.Regime2026;

    private static PolicyFacts Minor(long age, string kind = "dp-query") =>
        Request("statistics", kind, Face) with { MinSubjectAge = age };

    private static PolicyFacts Med(string kind, bool recipientProducer, bool holderProducer, params ColumnFacts[] extra) =>
        Request("public-health", kind, extra) with
        {
            MedicalActRoute = true,
            RecipientCertifiedProducer = recipientProducer,
            HolderCertifiedProducer = holderProducer,
        };

    private static IncidentFacts Leak(long persons, string cause = "leak", long profit = 0, params string[] categories) =>
        new(cause, persons, categories.Length == 0 ? ["PI"] : categories, ProfitYen: profit);

    private static Policy Waiver(Policy p) => p.WithParameter("breach.noticeWaiverCategories", "InternalId");

    public static readonly RuleScenario[] All =
    [
        new("DEF-01 personal columns", "APPI-DEF-01", Cur, true, Request()),
        new("DEF-01 ordinary only", "APPI-DEF-01", Cur, false, Request() with { Columns = [new("cost", ColumnClass.Ordinary)] }),
        new("DEF-02 my number column", "APPI-DEF-02", Cur, true, Request("statistics", "dp-query", new ColumnFacts("mynumber", ColumnClass.DirectIdentifier))),
        new("DEF-02 facial column", "APPI-DEF-02", Amd, true, Request("statistics", "dp-query", Face)),
        new("DEF-02 no code", "APPI-DEF-02", Cur, false, Request()),
        new("DEF-03 diagnosis", "APPI-DEF-03", Cur, true, Request("statistics", "dp-query", Diagnosis)),
        new("DEF-03 none", "APPI-DEF-03", Cur, false, Request()),

        new("ACQ-01 deceptive", "APPI-ACQ-01", Cur, true, Request() with { AcquisitionMethod = "deceptive" }),
        new("ACQ-01 lawful", "APPI-ACQ-01", Cur, false, Request()),
        new("ACQ-01 fraudulent incident", "APPI-ACQ-01", Amd, true, Incident: Leak(10, "fraudulent-acquisition")),
        new("PEN-01 deceptive 2026", "AMD-PEN-01", Amd, true, Request() with { AcquisitionMethod = "deceptive" }),
        new("PEN-01 tainted 2026", "AMD-PEN-01", Amd, false, Request() with { AcquisitionMethod = "known-tainted" }),
        new("PEN-01 deceptive current", "AMD-PEN-01", Cur, false, Request() with { AcquisitionMethod = "deceptive" }),
        new("ACQ-02 sensitive without consent", "APPI-ACQ-02", Cur, true, Request("statistics", "dp-query", Diagnosis) with { Action = "acquire", ReleaseKinds = [] }),
        new("ACQ-02 with consent", "APPI-ACQ-02", Cur, false, Request("statistics", "dp-query", Diagnosis) with { Action = "acquire", ReleaseKinds = [], SubjectConsent = true }),
        new("ACQ-02 public data 2026", "APPI-ACQ-02", Amd, false, Request("statistics", "dp-query", Diagnosis) with { Action = "acquire", ReleaseKinds = [], PubliclyAvailable = true }),
        new("PUR-01 marketing", "APPI-PUR-01", Cur, true, Request("marketing")),
        new("PUR-01 statistics", "APPI-PUR-01", Amd, false, Request()),
        new("PSE-02 re-identification", "APPI-PSE-02", Amd, true, Request("re-identification", "pseudonymized-extract")),
        new("PSE-02 marketing", "APPI-PSE-02", Cur, false, Request("marketing")),
        new("PSE-02 extract to third party current", "APPI-PSE-02", Cur, true, Request("academic-research", "pseudonymized-extract") with { SubjectConsent = true }),
        new("PSE-02 extract to third party 2026", "APPI-PSE-02", Amd, true, Request("ai-development", "pseudonymized-extract")),
        new("PSE-02 extract to a processor", "APPI-PSE-02", Amd, false, Request("ai-development", "pseudonymized-extract") with { RecipientProcessor = true }),
        new("PSE-02 medical pseudonymised route", "APPI-PSE-02", Cur, false, Med("pseudonymized-extract", true, true, Diagnosis)),
        new("PSE-02 anonymised extract", "APPI-PSE-02", Amd, false, Request("ai-development", "anonymized-extract")),
        new("3P-02 opt-out sensitive", "APPI-3P-02", Cur, true, Request("statistics", "pseudonymized-extract", Diagnosis) with { OptOutProvision = true }),
        new("3P-02 opt-out ordinary", "APPI-3P-02", Cur, false, Request("statistics", "pseudonymized-extract") with { OptOutProvision = true }),
        new("3P-02 opt-out facial 2026", "APPI-3P-02", Amd, true, Request("statistics", "pseudonymized-extract", Face) with { OptOutProvision = true }),
        new("3P-02 opt-out facial current", "APPI-3P-02", Cur, false, Request("statistics", "pseudonymized-extract", Face) with { OptOutProvision = true }),
        new("CERT-01 uncertified", "MED-CERT-01", Cur, true, Med("pseudonymized-extract", false, false, Diagnosis)),
        new("CERT-01 certified recipient", "MED-CERT-01", Cur, false, Med("pseudonymized-extract", true, false, Diagnosis)),

        new("KURA-CHD-01 age 15", "KURA-CHD-01", Cur, true, Minor(15)),
        new("KURA-CHD-01 age 16", "KURA-CHD-01", Cur, false, Minor(16)),
        new("CHD-01 age 15", "AMD-CHD-01", Amd, true, Minor(15)),
        new("CHD-01 age 16", "AMD-CHD-01", Amd, false, Minor(16)),
        new("CHD-01 consent for an extract, age 2", "AMD-CHD-01", Amd, true, Request("academic-research", "pseudonymized-extract") with { MinSubjectAge = 2 }),
        new("CHD-01 consent for an extract, age 15", "AMD-CHD-01", Amd, true, Request("academic-research", "pseudonymized-extract") with { MinSubjectAge = 15 }),
        new("CHD-01 consent for an extract, age 16", "AMD-CHD-01", Amd, false, Request("academic-research", "pseudonymized-extract") with { MinSubjectAge = 16 }),
        new("CHD-01 no consent needed, age 2", "AMD-CHD-01", Amd, false, Request("academic-research", "dp-query") with { MinSubjectAge = 2 }),
        new("CHD-01 consent for an extract, current", "AMD-CHD-01", Cur, false, Request("academic-research", "pseudonymized-extract") with { MinSubjectAge = 2 }),
        new("CHD-02 age 17", "AMD-CHD-02", Amd, true, Minor(17)),
        new("CHD-02 age 18", "AMD-CHD-02", Amd, false, Minor(18)),
        new("CHD-03 age 17", "AMD-CHD-03", Amd, true, Minor(17)),
        new("CHD-03 age 18", "AMD-CHD-03", Amd, false, Minor(18)),

        new("STAT-01 current dp", "APPI-STAT-01", Cur, true, Request()),
        new("STAT-01 current extract", "APPI-STAT-01", Cur, false, Request("statistics", "pseudonymized-extract")),
        new("AMD-STAT-01 ai", "AMD-STAT-01", Amd, true, Request("ai-development")),
        new("AMD-STAT-01 ai synthetic", "AMD-STAT-01", Amd, true, Request("ai-development", "synthetic")),
        new("AMD-STAT-01 pseudonymised extract", "AMD-STAT-01", Amd, false, Request("ai-development", "pseudonymized-extract")),
        new("AMD-STAT-01 anonymised extract", "AMD-STAT-01", Amd, false, Request("statistics", "anonymized-extract")),
        new("AMD-STAT-01 academic", "AMD-STAT-01", Amd, false, Request("academic-research")),
        new("AMD-STAT-01 current", "AMD-STAT-01", Cur, false, Request("ai-development")),
        new("STAT-02 public acquisition", "AMD-STAT-02", Amd, true, Request() with { Action = "acquire", ReleaseKinds = [], PubliclyAvailable = true }),
        new("STAT-02 not public", "AMD-STAT-02", Amd, false, Request() with { Action = "acquire", ReleaseKinds = [] }),
        new("STAT-03 health", "AMD-STAT-03", Amd, true, Request("statistics", "dp-query", Diagnosis)),
        new("STAT-03 no health", "AMD-STAT-03", Amd, false, Request()),
        new("CONS-01 enabled", "AMD-CONS-01", Amd, true, Request("academic-research") with { ClearlyNoHarm = true }, Adjust: p => p.WithParameter("cons.enabled", "true")),
        new("CONS-01 default off", "AMD-CONS-01", Amd, false, Request("academic-research") with { ClearlyNoHarm = true }),
        new("PH-01 public health", "AMD-PH-01", Amd, true, Request("public-health")),
        new("PH-01 statistics", "AMD-PH-01", Amd, false, Request()),
        new("3P-01 extract current", "APPI-3P-01", Cur, true, Request("statistics", "pseudonymized-extract")),
        new("3P-01 not for anonymised extracts", "APPI-3P-01", Amd, false, Request("statistics", "anonymized-extract")),
        new("3P-01 waived by MED-PSE-01", "APPI-3P-01", Cur, false, Med("pseudonymized-extract", true, true, Diagnosis)),
        new("3P-03 provision", "APPI-3P-03", Cur, true, Request("statistics", "pseudonymized-extract")),
        new("3P-03 internal use", "APPI-3P-03", Cur, false, Request("statistics", "pseudonymized-extract") with { Action = "use" }),
        new("PSE-01 extract", "APPI-PSE-01", Cur, true, Request("statistics", "pseudonymized-extract")),
        new("PSE-01 dp", "APPI-PSE-01", Cur, false, Request()),
        new("ANO-01 anonymised", "APPI-ANO-01", Cur, true, Request("statistics", "anonymized-extract")),
        new("ANO-01 dp", "APPI-ANO-01", Cur, false, Request()),
        new("ANO-02 anonymised", "APPI-ANO-02", Amd, true, Request("statistics", "anonymized-extract")),
        new("ANO-02 dp", "APPI-ANO-02", Amd, false, Request()),
        new("BIO-01 facial requested", "AMD-BIO-01", Amd, true, Request("statistics", "dp-query", Face)),
        new("BIO-01 facial not requested", "AMD-BIO-01", Amd, false, Request("statistics", "dp-query", Face with { Requested = false })),
        new("PROC-01 processor", "AMD-PROC-01", Amd, true, Request() with { RecipientProcessor = true }),
        new("PROC-01 not processor", "AMD-PROC-01", Amd, false, Request()),
        new("GOV-01 sensitive", "KURA-GOV-01", Cur, true, Request("statistics", "dp-query", Diagnosis)),
        new("GOV-01 criminal", "KURA-GOV-01", Amd, true, Request("statistics", "dp-query", new ColumnFacts("arrest_count", ColumnClass.Ordinary))),
        new("GOV-01 ordinary", "KURA-GOV-01", Cur, false, Request()),
        new("OBJ-01 release", "KURA-OBJ-01", Cur, true, Request()),
        new("OBJ-01 no release", "KURA-OBJ-01", Cur, false, Request() with { Action = "acquire", ReleaseKinds = [] }),
        new("OPT-01 certified producer", "MED-OPT-01", Cur, true, Med("pseudonymized-extract", true, false, Diagnosis)),
        new("OPT-01 no health data", "MED-OPT-01", Cur, false, Med("pseudonymized-extract", true, false)),
        new("MED-ANO-01 anonymised", "MED-ANO-01", Cur, true, Med("anonymized-extract", false, true, Diagnosis)),
        new("MED-ANO-01 pseudonymised", "MED-ANO-01", Cur, false, Med("pseudonymized-extract", false, true, Diagnosis)),
        new("MED-PSE-01 pseudonymised", "MED-PSE-01", Amd, true, Med("pseudonymized-extract", false, true, Diagnosis)),
        new("MED-PSE-01 anonymised", "MED-PSE-01", Amd, false, Med("anonymized-extract", false, true, Diagnosis)),

        new("BRE-01 1001 persons", "APPI-BRE-01", Cur, true, Incident: Leak(1001)),
        new("BRE-01 1000 persons", "APPI-BRE-01", Cur, false, Incident: Leak(1000)),
        new("BRE-02 1001 persons", "APPI-BRE-02", Amd, true, Incident: Leak(1001)),
        new("BRE-02 1000 persons", "APPI-BRE-02", Amd, false, Incident: Leak(1000)),
        new("BRE-03 notify", "APPI-BRE-03", Amd, true, Incident: Leak(1001)),
        new("BRE-03 waived", "APPI-BRE-03", Amd, false, Incident: Leak(1001, categories: "InternalId"), Adjust: Waiver),
        new("AMD-BRE-01 waiver", "AMD-BRE-01", Amd, true, Incident: Leak(1001, categories: "InternalId"), Adjust: Waiver),
        new("AMD-BRE-01 default", "AMD-BRE-01", Amd, false, Incident: Leak(1001, categories: "InternalId")),
        new("SUR-01 1001 persons", "AMD-SUR-01", Amd, true, Incident: Leak(1001, "improper-use", 1)),
        new("SUR-01 1000 persons", "AMD-SUR-01", Amd, false, Incident: Leak(1000, "improper-use", 1)),
    ];

    public static TheoryData<string> Names => new(All.Select(s => s.Name));

    public static RuleScenario Named(string name) => All.Single(s => s.Name == name);
}
