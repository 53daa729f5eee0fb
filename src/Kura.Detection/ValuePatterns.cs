using System.Text.RegularExpressions;
using Kura.Core;

namespace Kura.Detection;

/// <summary>Single-value tests for the value rules. Inputs are already NFKC-normalised and trimmed.</summary>
internal static partial class ValuePatterns
{
    private static readonly HashSet<string> SexWords =
        new(["男", "女", "男性", "女性", "m", "f", "male", "female", "man", "woman", "不明", "その他", "x"], StringComparer.OrdinalIgnoreCase);

    private static readonly string[] DiagnosisEndings =
    [
        "症", "病", "炎", "癌", "がん", "腫瘍", "腫", "障害", "障", "疾患", "不全", "梗塞", "骨折", "感染", "喘息",
        "細動", "痛", "癬", "視", "悪阻", "中毒", "損傷", "出血", "結石", "肥大", "潰瘍", "狭窄",
    ];

    private static readonly string[] DrugMarkers =
    [
        "錠", "カプセル", "点眼", "点鼻", "軟膏", "クリーム", "注射", "静注", "皮下注", "関節注", "散", "顆粒", "細粒",
        "シロップ", "テープ", "パップ", "吸入", "貼付", "坐剤", "ローション", "内服液", "mg", "μg",
    ];

    private static readonly string[] ImageExtensions = [".jpg", ".jpeg", ".png", ".gif", ".bmp", ".tif", ".tiff", ".heic", ".webp"];

    public static bool IsMyNumber(string value) => MyNumber.IsValid(value);

    public static bool IsEmail(string value) => EmailPattern().IsMatch(value);

    /// <summary>Japanese phone: 10 digits (landline, 050) or 11 digits (070/080/090, 0120 excepted), hyphenated or not; +81 form.</summary>
    public static bool IsPhone(string value)
    {
        if (InternationalPhonePattern().IsMatch(value)) return true;
        if (!DomesticPhonePattern().IsMatch(value)) return false;
        var digits = value.Count(char.IsAsciiDigit);
        return digits == 10 || (digits == 11 && (value.StartsWith("0120", StringComparison.Ordinal) || value[1] is '5' or '7' or '8' or '9'));
    }

    public static bool IsPostalCode(string value) => PostalPattern().IsMatch(value);

    public static bool IsIcd10Code(string value) => Icd10Pattern().IsMatch(value);

    public static bool IsImageReference(string value) =>
        value.StartsWith("data:image/", StringComparison.OrdinalIgnoreCase) ||
        ImageExtensions.Any(e => value.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    public static bool IsSex(string value) => SexWords.Contains(value);

    public static bool IsPrefecture(string value) => PrefectureNames.Contains(value);

    public static bool IsMunicipality(string value) => MunicipalityPattern().IsMatch(value);

    public static bool IsKatakanaName(string value) => KatakanaNamePattern().IsMatch(value);

    public static bool IsKanjiName(string value) => KanjiNamePattern().IsMatch(value);

    public static bool IsDiagnosisTerm(string value) =>
        value.Contains("covid", StringComparison.OrdinalIgnoreCase) ||
        (JapaneseTextPattern().IsMatch(value) && DiagnosisEndings.Any(e => value.EndsWith(e, StringComparison.Ordinal)));

    public static bool IsDrugName(string value) =>
        JapaneseTextPattern().IsMatch(value) && DrugMarkers.Any(m => value.Contains(m, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^(?:0\d{1,4}-\d{1,4}-\d{3,4}|\(0\d{1,4}\)\s?\d{1,4}-\d{4}|0\d{9,10})$")]
    private static partial Regex DomesticPhonePattern();

    [GeneratedRegex(@"^\+81[-\s]?\d{1,4}[-\s]?\d{1,4}[-\s]?\d{4}$")]
    private static partial Regex InternationalPhonePattern();

    [GeneratedRegex(@"^〒?\s?\d{3}-\d{4}$")]
    private static partial Regex PostalPattern();

    [GeneratedRegex(@"^[A-Z]\d{2}(?:\.?\d{1,2})?[+*]?$")]
    private static partial Regex Icd10Pattern();

    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}\p{IsHiragana}\p{IsKatakana}々ヶー]{1,7}[市区町村]$")]
    private static partial Regex MunicipalityPattern();

    [GeneratedRegex(@"^[\p{IsKatakana}ー]{1,8}\s[\p{IsKatakana}ー]{1,8}$")]
    private static partial Regex KatakanaNamePattern();

    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}々ヶ]{1,4}\s[\p{IsCJKUnifiedIdeographs}\p{IsHiragana}\p{IsKatakana}々ー]{1,5}$")]
    private static partial Regex KanjiNamePattern();

    // At least one kana or kanji: keeps English prose out of the Japanese term rules.
    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\p{IsHiragana}\p{IsKatakana}]")]
    private static partial Regex JapaneseTextPattern();
}
