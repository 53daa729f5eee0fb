using Kura.Core;

namespace Kura.Detection;

/// <summary>
/// Dates look like birth dates when nearly all samples are dates whose years spread over decades
/// (event dates such as service days cluster within a few years). Era-written dates (昭和45年…)
/// are typical of Japanese birth-date fields and raise confidence.
/// </summary>
internal static class BirthDateRule
{
    private const double MinShare = 0.8;
    private const int MinYearSpread = 15;
    private const int EarliestYear = 1860;
    private const int LatestYear = 2100;

    public static Evidence? Evaluate(SampleSet samples)
    {
        int dates = 0, eraDates = 0, minYear = int.MaxValue, maxYear = int.MinValue;
        foreach (var value in samples.Values)
        {
            if (!JapaneseDate.TryParse(value, out var date, out var era) || date.Year is < EarliestYear or > LatestYear) continue;
            dates++;
            if (era) eraDates++;
            minYear = Math.Min(minYear, date.Year);
            maxYear = Math.Max(maxYear, date.Year);
        }
        if (dates < MinShare * samples.Count || maxYear - minYear < MinYearSpread) return null;
        var confidence = eraDates * 2 >= dates ? 0.85 : 0.75;
        var eraNote = eraDates > 0 ? $", {eraDates} written with a Japanese era" : "";
        return new Evidence(ColumnClass.QuasiIdentifier, true, confidence,
            $"{dates} of {samples.Count} non-empty sampled values are dates spread over {MinYearSpread}+ years{eraNote}, like birth dates → {ColumnClass.QuasiIdentifier.ToName()} (gives the subject's age)");
    }
}
