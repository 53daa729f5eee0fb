namespace Kura.Policy;

/// <summary>Display names of vocabulary values in Japanese and English.</summary>
internal static class VocabularyText
{
    private static readonly Dictionary<string, LocalizedText> Names = new(StringComparer.Ordinal)
    {
        ["PI"] = new("個人情報", "personal information"),
        ["IdCode"] = new("個人識別符号", "individual identification codes"),
        ["Sensitive"] = new("要配慮個人情報", "special-care personal information"),
        ["FaceFeature"] = new("顔特徴データ", "facial feature data"),
        ["Health"] = new("健康・医療データ", "health and medical data"),
        ["Criminal"] = new("犯罪の経歴・刑事手続に関するデータ", "criminal-record and criminal-procedure data"),
        ["PaymentCred"] = new("決済情報（財産的被害のおそれ）", "payment credentials (risk of property damage)"),
        ["InternalId"] = new("内部ID", "internal identifiers"),
        ["leak"] = new("漏えい", "leak"),
        ["loss"] = new("滅失・毀損", "loss or damage"),
        ["unauthorized-access"] = new("不正アクセス", "unauthorized access"),
        ["improper-use"] = new("不適正な利用", "improper use"),
        ["unlawful-provision"] = new("違法な第三者提供", "unlawful third-party provision"),
        ["fraudulent-acquisition"] = new("不正な取得", "fraudulent acquisition"),
        ["statistics"] = new("統計の作成", "creating statistics"),
        ["ai-development"] = new("AI（人工知能）の開発", "developing AI models"),
        ["public-health"] = new("公衆衛生の向上", "improving public health"),
        ["academic-research"] = new("学術研究", "academic research"),
        ["direct-identifier"] = new("直接識別子", "direct identifier"),
        ["quasi-identifier"] = new("準識別子", "quasi-identifier"),
        ["special-care"] = new("要配慮個人情報", "special-care"),
        ["facial"] = new("顔データ", "facial data"),
        ["person-key"] = new("本人キー", "person key"),
        ["ordinary"] = new("一般項目", "ordinary item"),
    };

    public static LocalizedText Of(string value) => Names.GetValueOrDefault(value) ?? new LocalizedText(value, value);
}
