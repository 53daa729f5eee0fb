using System.Globalization;

namespace Kura.DemoData.Tests;

public class ClaimTableWriterTests(DemoDataFixture demo) : IClassFixture<DemoDataFixture>
{
    // Independent of the generator's table: which departments may treat each ICD-10 chapter.
    private static readonly Dictionary<string, string[]> DepartmentsByChapter = new()
    {
        ["A"] = ["内科", "小児科"], ["B"] = ["皮膚科", "内科"], ["C"] = ["呼吸器外科", "消化器外科", "乳腺外科"],
        ["E"] = ["内科"], ["F"] = ["精神科", "心療内科", "脳神経内科"], ["G"] = ["脳神経内科"],
        ["H-eye"] = ["眼科"], ["H-ear"] = ["耳鼻咽喉科"], ["I"] = ["内科", "循環器内科", "脳神経内科"],
        ["J"] = ["内科", "小児科", "呼吸器内科", "耳鼻咽喉科"], ["K"] = ["消化器内科"], ["L"] = ["皮膚科", "小児科"],
        ["M"] = ["整形外科"], ["N"] = ["腎臓内科", "泌尿器科", "産婦人科"], ["O"] = ["産婦人科"], ["S"] = ["整形外科"],
        ["U"] = ["内科", "小児科"],
    };

    [Fact]
    public void Write_ClaimCounts_MeanAboutTenAndRightSkewed()
    {
        var counts = demo.Claims.Values(DemoSchema.PersonKey).GroupBy(id => id).Select(g => g.Count()).Order().ToList();
        Assert.Equal(DemoDataFixture.PatientCount, counts.Count); // everyone has at least one claim
        var mean = counts.Average();
        Assert.InRange(mean, 8.5, 11.5);
        Assert.True(counts[counts.Count / 2] < mean, "median should sit below the mean");
        Assert.True(counts[^1] > 5 * mean, "a long tail of frequent attenders");
    }

    [Fact]
    public void Write_ClaimCounts_OlderPersonsHaveMore()
    {
        var perPerson = demo.Claims.Values(DemoSchema.PersonKey).GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());
        double MeanFor(Func<int, bool> ages) => perPerson
            .Where(p => ages(DemoDataFixture.AgeOnReference(demo.BirthDates[p.Key]))).Average(p => p.Value);
        Assert.True(MeanFor(a => a >= 75) > 3 * MeanFor(a => a is >= 15 and < 40));
    }

    [Fact]
    public void Write_ServiceDates_InWindowAfterBirthAndSortedPerPerson()
    {
        int id = demo.Claims.Column(DemoSchema.PersonKey), day = demo.Claims.Column("診療日");
        string? previousId = null;
        var previous = DateOnly.MinValue;
        foreach (var row in demo.Claims.Rows)
        {
            var date = DateOnly.ParseExact(row[day], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            Assert.InRange(date, new DateOnly(2023, 1, 1), new DateOnly(2024, 12, 31));
            Assert.True(date >= demo.BirthDates[row[id]]);
            if (row[id] == previousId) Assert.True(date >= previous);
            (previousId, previous) = (row[id], date);
        }
    }

    [Fact]
    public void Write_Diagnoses_Icd10WithConsistentDepartmentsAndRealisticMix()
    {
        int code = demo.Claims.Column("傷病名コード"), department = demo.Claims.Column("診療科");
        foreach (var row in demo.Claims.Rows)
        {
            Assert.Matches(@"^[A-Z]\d{2}(\.\d)?$", row[code]);
            Assert.Contains(row[department], DepartmentsByChapter[Chapter(row[code])]);
        }
        var top = demo.Claims.Values("傷病名コード").GroupBy(c => c).OrderByDescending(g => g.Count()).Select(g => g.Key).Take(5).ToList();
        Assert.Equal("I10", top[0]); // hypertension leads Japanese outpatient care
        Assert.Contains("E11.9", top);
    }

    [Fact]
    public void Write_SexSpecificDiagnoses_OnlyInThatSex()
    {
        var sex = demo.Patients.Rows.ToDictionary(r => r[0], r => r[demo.Patients.Column("性別")]);
        int id = demo.Claims.Column(DemoSchema.PersonKey), code = demo.Claims.Column("傷病名コード");
        foreach (var row in demo.Claims.Rows)
        {
            if (row[code] == "N40") Assert.Equal("男", sex[row[id]]);
            if (row[code] is "C50.9" or "M81.9" or "O21.0" or "N95.1") Assert.Equal("女", sex[row[id]]);
        }
    }

    [Fact]
    public void Write_Costs_PositiveTenYenUnitsLogNormalShape()
    {
        var costs = demo.Claims.Values("費用_円").Select(long.Parse).Order().ToList();
        Assert.All(costs, c => Assert.True(c > 0 && c % 10 == 0));
        var median = costs[costs.Count / 2];
        Assert.InRange(median, 2_000, 10_000);
        Assert.True(costs.Average() > 1.5 * median, "mean well above median: a heavy right tail");
        Assert.True(costs[^1] > 100_000);
    }

    [Fact]
    public void Write_Drugs_MostClaimsPrescribeSomeDoNot()
    {
        var drugs = demo.Claims.Values("薬剤").ToList();
        var empty = (double)drugs.Count(string.IsNullOrEmpty) / drugs.Count;
        Assert.InRange(empty, 0.08, 0.35);
    }

    private static string Chapter(string code) => code[0] == 'H'
        ? int.Parse(code.AsSpan(1, 2), CultureInfo.InvariantCulture) < 60 ? "H-eye" : "H-ear"
        : code[..1];
}
