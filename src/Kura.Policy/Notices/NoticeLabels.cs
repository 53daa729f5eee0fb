namespace Kura.Policy;

/// <summary>The fixed text of a public notice in one language.</summary>
internal sealed record NoticeLabels(
    string Title, string Published, string Holder, string Data, string DataIntro, string Item, string Kind,
    string Purposes, string PurposeLimits, string Facial, string FacialText, string Requests, string RequestsText,
    string Basis, Func<LocalizedText, string> Pick)
{
    public static NoticeLabels Ja { get; } = new(
        "個人データの取扱いに関する公表事項", "公表日", "個人情報取扱事業者", "取り扱うデータ",
        "次の項目を含むデータを、外部に持ち出さない保管環境（Kura）で管理しています。", "項目", "区分",
        "利用目的",
        "データは統計の作成（AI開発を含む）等のためにのみ利用します。特定の個人に関する判断、マーケティング、本人の再識別には利用しません。外部に提供するのは差分プライバシーによる統計値・合成データと、基準に従って加工した抽出データに限られ、提供先とは統計目的に限り再提供を禁じる書面の合意を結びます。",
        "顔特徴データの取扱い",
        "顔特徴データは統計の作成等のためにのみ取り扱い、特定の個人を識別する目的（顔識別）には用いません。{0}歳未満の方の顔データは、法定代理人の同意が記録されていない限り、いかなる提供にも含めません。顔特徴データについても、下記の窓口で利用停止・削除を求めることができます。",
        "利用停止・削除の求め",
        "ご本人（{0}歳未満の方は法定代理人）は、下記の窓口にいつでも利用停止または削除を求めることができます。申出を受けた方のデータは、以後のすべての提供から除外します。",
        "根拠：個人情報保護法（2026年改正による統計作成等の特例の公表事項、特定生体情報の取扱いの公表）、匿名加工情報に関する公表義務。規則ID：AMD-STAT-01、AMD-BIO-01、APPI-ANO-02、KURA-OBJ-01。",
        t => t.Ja);

    public static NoticeLabels En { get; } = new(
        "Public notice on the handling of personal data", "Published", "Business holding the data", "The data",
        "We keep data with the following items in a storehouse (Kura) from which raw records never leave.", "Item", "Class",
        "Purposes",
        "The data is used only to create statistics (including developing AI models). It is never used for decisions about individuals, for marketing, or to re-identify anyone. What leaves is limited to differentially private statistics and synthetic data and to extracts processed to the legal standards; every recipient signs a written agreement limiting use to statistics and barring onward provision.",
        "How facial data is handled",
        "Facial feature data is handled only to create statistics and is never used to identify individuals (no face identification). Facial data of persons under {0} is left out of every release unless their legal representative's consent is recorded. You may ask for suspension or deletion of facial data at the contact below.",
        "Asking for suspension or deletion",
        "You (or, for persons under {0}, your legal representative) may ask at any time, at the contact below, that your data no longer be used or be deleted. Once you ask, your data is excluded from every later release.",
        "Basis: APPI (publicity for the 2026 statistical-creation exception and for specific biometric data) and the publicity duty for anonymised information. Rule ids: AMD-STAT-01, AMD-BIO-01, APPI-ANO-02, KURA-OBJ-01.",
        t => t.En);
}
