using Kura.Core;
using Kura.Detection;
using Xunit.Abstractions;

namespace Kura.DemoData.Tests;

/// <summary>
/// Measures <see cref="ColumnClassifier"/> against the demo dataset's ground truth
/// (<see cref="DemoSchema"/>): with the Japanese headers as written, with English headers, and
/// with opaque headers (values only). Prints the markdown tables used in docs/classifier.md.
/// </summary>
public class ColumnClassifierOnDemoDataTests(DemoDataFixture demo, ITestOutputHelper output) : IClassFixture<DemoDataFixture>
{
    private const int SampleSize = ColumnClassifier.RecommendedSampleSize;

    private static readonly Dictionary<string, string> EnglishHeaders = new()
    {
        ["person_id"] = "person_id", ["氏名"] = "name", ["フリガナ"] = "name_kana", ["個人番号"] = "my_number",
        ["生年月日"] = "birth_date", ["性別"] = "sex", ["都道府県"] = "prefecture", ["市区町村"] = "municipality",
        ["郵便番号"] = "postal_code", ["電話番号"] = "phone", ["診療日"] = "service_date", ["傷病名コード"] = "icd10_code",
        ["傷病名"] = "diagnosis", ["診療科"] = "department", ["費用_円"] = "cost_yen", ["薬剤"] = "drug",
        ["顔画像"] = "face_image", ["撮影日"] = "captured_on", ["撮影時年齢"] = "age_at_capture", ["保護者同意"] = "guardian_consent",
    };

    [Fact]
    public void Classify_JapaneseHeadersWithValues_PrecisionAndRecallAtLeast90Percent()
    {
        var (score, ageCorrect) = Evaluate(column => column.Name);
        output.WriteLine(score.ToMarkdown("Japanese headers as generated, name + values"));
        AssertFloor(score, ageCorrect, 0.9);
    }

    [Fact]
    public void Classify_EnglishHeadersWithValues_PrecisionAndRecallAtLeast90Percent()
    {
        var (score, ageCorrect) = Evaluate(column => EnglishHeaders[column.Name]);
        output.WriteLine(score.ToMarkdown("English headers, name + values"));
        AssertFloor(score, ageCorrect, 0.9);
    }

    [Fact]
    public void Classify_OpaqueHeadersValuesOnly_MostColumnsStillFound()
    {
        var (score, _) = Evaluate(column => $"column_{DemoSchema.All.ToList().IndexOf(column):00}");
        output.WriteLine(score.ToMarkdown("Opaque headers (column_NN), values only"));
        // Values alone cannot reveal a person key or an integer age; everything else should be found.
        Assert.True(score.Accuracy >= 0.75, $"accuracy {score.Accuracy:0.00}");
        Assert.Equal(1.0, score.Recall(ColumnClass.DirectIdentifier));
        Assert.Equal(1.0, score.Recall(ColumnClass.SpecialCare));
    }

    private (ClassificationScore Score, int AgeCorrect) Evaluate(Func<DemoColumn, string> header)
    {
        var pairs = new List<(ColumnClass, ColumnClass)>();
        var ageCorrect = 0;
        foreach (var column in DemoSchema.All)
        {
            var proposal = ColumnClassifier.Classify(header(column), Sample(column));
            pairs.Add((column.TrueClass, proposal.Class));
            if (proposal.IsSubjectAge == column.IsSubjectAge) ageCorrect++;
            output.WriteLine($"{column.Table}.{header(column)}: truth {column.TrueClass.ToName()}, proposed {proposal.Class.ToName()} ({proposal.Confidence:0.00}) — {proposal.Reason}");
        }
        return (new ClassificationScore(pairs), ageCorrect);
    }

    // Evenly spaced rows, so the sample spans all persons rather than the first few.
    private string[] Sample(DemoColumn column)
    {
        var table = column.Table switch
        {
            DemoSchema.PatientsTable => demo.Patients,
            DemoSchema.ClaimsTable => demo.Claims,
            _ => demo.FacialImages,
        };
        var index = table.Column(column.Name);
        var stride = Math.Max(1, table.Rows.Count / SampleSize);
        return Enumerable.Range(0, Math.Min(SampleSize, table.Rows.Count)).Select(i => table.Rows[i * stride][index]).ToArray();
    }

    private static void AssertFloor(ClassificationScore score, int ageCorrect, double floor)
    {
        Assert.True(score.MacroPrecision >= floor, $"macro precision {score.MacroPrecision:0.00}");
        Assert.True(score.MacroRecall >= floor, $"macro recall {score.MacroRecall:0.00}");
        Assert.True(score.Accuracy >= floor, $"accuracy {score.Accuracy:0.00}");
        Assert.Equal(DemoSchema.All.Count, ageCorrect);
    }
}
