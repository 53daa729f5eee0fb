using Kura.Core;

namespace Kura.DemoData;

/// <summary>
/// The demo dataset's tables, headers (in file order) and ground-truth classes. Every table's
/// person key is <see cref="PersonKey"/> (<c>P</c> + eight digits).
/// <list type="table">
/// <item><term>patients.csv</term><description>person_id, 氏名, フリガナ, 個人番号, 生年月日, 性別, 都道府県, 市区町村, 郵便番号, 電話番号 (one row per person)</description></item>
/// <item><term>claims.csv</term><description>person_id, 診療日, 傷病名コード, 傷病名, 診療科, 費用_円, 薬剤 (one row per claim)</description></item>
/// <item><term>facial_images.csv</term><description>person_id, 顔画像, 撮影日, 撮影時年齢, 保護者同意 (one row per image)</description></item>
/// </list>
/// </summary>
public static class DemoSchema
{
    /// <summary>The person-key column shared by all three tables.</summary>
    public const string PersonKey = "person_id";

    public const string PatientsTable = "patients";
    public const string ClaimsTable = "claims";
    public const string FacialImagesTable = "facial_images";

    public static IReadOnlyList<DemoColumn> Patients { get; } =
    [
        new(PatientsTable, PersonKey, ColumnClass.PersonKey, false, "person key, P + 8 digits"),
        new(PatientsTable, "氏名", ColumnClass.DirectIdentifier, false, "full name in kanji, surname and given name separated by U+3000"),
        new(PatientsTable, "フリガナ", ColumnClass.DirectIdentifier, false, "name reading in katakana"),
        new(PatientsTable, "個人番号", ColumnClass.DirectIdentifier, false, "My Number, 12 digits with a valid check digit (identification code)"),
        new(PatientsTable, "生年月日", ColumnClass.QuasiIdentifier, true, "birth date, yyyy-MM-dd"),
        new(PatientsTable, "性別", ColumnClass.QuasiIdentifier, false, "sex, 男 or 女"),
        new(PatientsTable, "都道府県", ColumnClass.QuasiIdentifier, false, "prefecture of residence"),
        new(PatientsTable, "市区町村", ColumnClass.QuasiIdentifier, false, "municipality of residence"),
        new(PatientsTable, "郵便番号", ColumnClass.QuasiIdentifier, false, "postal code NNN-NNNN"),
        new(PatientsTable, "電話番号", ColumnClass.DirectIdentifier, false, "mobile 0X0-XXXX-XXXX or landline with area code"),
    ];

    public static IReadOnlyList<DemoColumn> Claims { get; } =
    [
        new(ClaimsTable, PersonKey, ColumnClass.PersonKey, false, "person key"),
        new(ClaimsTable, "診療日", ColumnClass.Ordinary, false, "service date in 2023-2024, yyyy-MM-dd"),
        new(ClaimsTable, "傷病名コード", ColumnClass.SpecialCare, false, "ICD-10 code"),
        new(ClaimsTable, "傷病名", ColumnClass.SpecialCare, false, "diagnosis name in Japanese"),
        new(ClaimsTable, "診療科", ColumnClass.Ordinary, false, "clinical department"),
        new(ClaimsTable, "費用_円", ColumnClass.Ordinary, false, "claim cost in yen, integer (multiple of 10)"),
        new(ClaimsTable, "薬剤", ColumnClass.SpecialCare, false, "prescribed drug; empty when none"),
    ];

    public static IReadOnlyList<DemoColumn> FacialImages { get; } =
    [
        new(FacialImagesTable, PersonKey, ColumnClass.PersonKey, false, "person key"),
        new(FacialImagesTable, "顔画像", ColumnClass.Facial, false, "image reference faces/<person_id>_<n>.jpg"),
        new(FacialImagesTable, "撮影日", ColumnClass.Ordinary, false, "capture date in 2023-2024, yyyy-MM-dd"),
        new(FacialImagesTable, "撮影時年齢", ColumnClass.QuasiIdentifier, true, "subject's age in whole years at capture"),
        new(FacialImagesTable, "保護者同意", ColumnClass.Ordinary, false,
            "legal representative's consent: true/false for subjects under 16; empty when not recorded or not applicable (16+)"),
    ];

    /// <summary>All columns of all three tables.</summary>
    public static IReadOnlyList<DemoColumn> All { get; } = [.. Patients, .. Claims, .. FacialImages];

    /// <summary>The columns of <paramref name="table"/>, in file order.</summary>
    public static IReadOnlyList<DemoColumn> ColumnsOf(string table) => table switch
    {
        PatientsTable => Patients,
        ClaimsTable => Claims,
        FacialImagesTable => FacialImages,
        _ => throw KuraException.NotFound("KURA-DEMO-TABLE", $"The demo dataset has no table '{table}'. Use patients, claims or facial_images."),
    };
}
