namespace Kura.Policy;

/// <summary>The fixed words of an incident report in one language.</summary>
internal sealed record IncidentReportLabels(
    string Title, string Item, string Value, string Holder, string Dataset, string Discovered, string Written,
    string Regime, string Policy, string Contact, string Overview, string Cause, string Suspected, string Persons,
    string Categories, string Encrypted, string Pseudonymised, string Profit, string Obligations, string NoObligations,
    string Obligation, string Rule, string Due, string Days, string Promptly, string PpcReport, string Surcharge,
    string Criminal, string Rules, string Parameters, string Yes, string No, string NotKnown, string ToAssess, Func<LocalizedText, string> Pick)
{
    public static IncidentReportLabels Ja { get; } = new(
        "個人データの漏えい等に関する報告", "項目", "内容", "個人情報取扱事業者", "データセット", "発覚日時", "作成日時",
        "適用法体系", "ポリシー", "連絡先", "事態の概要", "原因", "おそれ", "影響を受けた本人の数（重複を除く）",
        "データの区分", "高度な暗号化等の措置", "仮名加工情報", "不正な行為による利益（円）", "義務と期限", "報告・通知の義務はありません。",
        "義務", "規則", "期限", "日", "速やかに", "個人情報保護委員会への報告", "課徴金の対象となり得る",
        "刑事罰のリスク", "発動した規則", "使用したパラメータ", "はい", "いいえ", "未確定", "要評価（利益額が未確定）", t => t.Ja);

    public static IncidentReportLabels En { get; } = new(
        "Personal data incident report", "Item", "Detail", "Business handling the data", "Dataset", "Discovered", "Written",
        "Regime", "policy", "Contact", "Overview", "Cause", "suspected", "Distinct persons affected",
        "Data categories", "Strong encryption or equivalent", "Pseudonymised information", "Profit from the act (yen)", "Obligations and deadlines", "No reporting or notice obligation arises.",
        "Obligation", "Rule", "Due", "days", "promptly", "Report to the PPC", "Surcharge exposure",
        "Criminal risk", "Rules that fired", "Parameters used", "yes", "no", "not known yet", "to be assessed (profit not known yet)", t => t.En);

    public string YesNo(bool value) => value ? Yes : No;
}
