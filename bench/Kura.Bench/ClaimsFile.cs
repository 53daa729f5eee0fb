using System.Globalization;
using System.Text;

namespace Kura.Bench;

/// <summary>
/// Writes a claims-shaped CSV (one row per claim, about five claims per patient) for the import benchmark:
/// ids, ISO dates, integers, one-place decimals and Japanese text. Deterministic (fixed-seed xorshift; not for privacy).
/// </summary>
internal static class ClaimsFile
{
    private static readonly string[] Prefectures = ["東京都", "大阪府", "北海道", "福岡県", "愛知県", "神奈川県", "沖縄県"];
    private static readonly string[] Diagnoses = ["E11", "I10", "J45", "C34", "K29", "F32", "M54"];
    private static readonly string[] Hospitals = ["髙島総合病院", "山﨑クリニック", "中央医療センター", "ｶﾀｶﾅ診療所"];

    public static string Write(string path, int rows)
    {
        ulong state = 0x9E3779B97F4A7C15;
        ulong Next(ulong bound)
        {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            return state % bound;
        }
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write("claim_id,patient_id,claim_date,age,sex,prefecture,icd10,hospital,cost,days\n");
        var patients = Math.Max(1, rows / 5);
        for (var i = 1; i <= rows; i++)
        {
            var date = new DateOnly(2023, 1, 1).AddDays((int)Next(365));
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"{i},P{Next((ulong)patients):D7},{date:yyyy-MM-dd},{Next(100)},{(Next(2) == 0 ? "M" : "F")},{Prefectures[Next(7)]},{Diagnoses[Next(7)]}.{Next(10)},{Hospitals[Next(4)]},{Next(500000) / 10m:F1},{1 + Next(30)}\n"));
        }
        return path;
    }
}
