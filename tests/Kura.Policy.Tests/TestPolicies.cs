using Kura.Core;

namespace Kura.Policy.Tests;

/// <summary>Policies and facts shared by the tests: the shipped file under both regimes.</summary>
internal static class TestPolicies
{
    /// <summary>Decision time used throughout: after the test's amendment date.</summary>
    public static readonly DateTimeOffset At = new(2028, 6, 1, 10, 0, 0, TimeSpan.FromHours(9));

    public static readonly Policy Current = PolicyFile.LoadShippedDefault();

    /// <summary>The shipped file with appi-2026 selected and in force from 2028-04-01.</summary>
    public static readonly Policy Amended = Current
        .WithParameter("appi2026.effectiveDate", "2028-04-01", "test: assumed effective date")
        .WithRegime(PolicyVocabulary.Regime2026);

    public static Policy For(string regime) => regime == PolicyVocabulary.Regime2026 ? Amended : Current;

    public static readonly ColumnFacts[] Adult =
    [
        new("id", ColumnClass.PersonKey),
        new("age", ColumnClass.QuasiIdentifier),
        new("occupation", ColumnClass.Ordinary),
        new("income", ColumnClass.Ordinary),
    ];

    public static readonly ColumnFacts Diagnosis = new("diagnosis_code", ColumnClass.SpecialCare);
    public static readonly ColumnFacts Face = new("face_embedding", ColumnClass.Facial);
    public static readonly ColumnFacts Conviction = new("prior_conviction", ColumnClass.SpecialCare);

    /// <summary>An adult statistics request for one DP query, every subject at least 30.</summary>
    public static PolicyFacts Request(string purpose = "statistics", string kind = "dp-query", params ColumnFacts[] extra) => new()
    {
        AsOf = At,
        Purpose = purpose,
        ReleaseKinds = [kind],
        Columns = [.. Adult, .. extra],
        MinSubjectAge = 30,
    };

    public static PolicyDecision Evaluate(string regime, PolicyFacts facts) => PolicyEvaluator.Evaluate(For(regime), facts);
}
