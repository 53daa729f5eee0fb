namespace Kura.Policy;

/// <summary>The fixed words of an explanation in one language.</summary>
internal sealed record ExplanationLabels(
    string Title, string Allowed, string AllowedWithSteps, string Denied,
    string Regime, string Policy, string AsOf, string Purpose, string Categories, string DatasetCategories,
    string PerKind, string Basis, string DeniedBy, string NoBasis, string Rules, string Evidence,
    string Steps, string Done, string Pending, string ByEngine, string Duty,
    string Exclusions, string Objectors, string MinorsBelow, string Parameters, string Overridden,
    string CanApprove, string CannotApprove, string None, Func<LocalizedText, string> Pick)
{
    public static ExplanationLabels Ja { get; } = new(
        "ポリシー判断", "許可", "条件付き許可（手続が必要）", "不許可",
        "適用法体系", "ポリシー", "判定時点", "目的", "データ区分（請求された列）", "データ区分（データセット全体）",
        "提供形態ごとの結果", "許可の根拠", "拒否した規則", "この提供形態を許可する規則はありません", "発動した規則", "証拠",
        "必要な手続", "済", "未了", "Kuraが実施", "継続的義務",
        "すべての提供から除外される者", "利用停止の申出をした本人", "法定代理人の同意が記録されていない {0}歳未満の本人の顔データ",
        "使用したパラメータ", "ローカル設定", "承認できます。", "未了の手続があるため、まだ承認できません。", "なし",
        t => t.Ja);

    public static ExplanationLabels En { get; } = new(
        "Policy decision", "Allowed", "Allowed with steps", "Denied",
        "Regime", "Policy", "As of", "Purpose", "Data categories (requested columns)", "Data categories (whole datasets)",
        "Outcome per release kind", "allowed by", "refused by", "no rule allows this release kind", "Rules that fired", "evidence",
        "Required steps", "done", "pending", "enforced by Kura", "ongoing duty",
        "Excluded from every release", "persons on the objection register", "subjects under {0} whose facial data lacks recorded legal-representative consent",
        "Parameters used", "local value", "A steward may approve it.", "It cannot be approved yet: steps are pending.", "none",
        t => t.En);

    public string OutcomeName(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Allowed => Allowed,
        DecisionOutcome.AllowedWithSteps => AllowedWithSteps,
        _ => Denied,
    };
}
