using System.Globalization;
using System.Text.RegularExpressions;
using Kura.Core;

namespace Kura.DemoData.Tests;

public class PatientTableWriterTests(DemoDataFixture demo) : IClassFixture<DemoDataFixture>
{
    private int Count => demo.Patients.Rows.Count;

    [Fact]
    public void Write_PersonIds_UniqueAndFormatted()
    {
        var ids = demo.Patients.Values(DemoSchema.PersonKey).ToList();
        Assert.Equal(DemoDataFixture.PatientCount, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches(@"^P\d{8}$", id));
    }

    [Fact]
    public void Write_MyNumbers_ValidCheckDigitUniqueNoLeadingZero()
    {
        var numbers = demo.Patients.Values("個人番号").ToList();
        Assert.All(numbers, n => Assert.True(MyNumber.IsValid(n)));
        Assert.All(numbers, n => Assert.NotEqual('0', n[0]));
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
    }

    [Fact]
    public void Write_AgePyramid_CloseToCensus2020()
    {
        var ages = demo.Patients.Values("生年月日").Select(d => DemoDataFixture.AgeOnReference(DateOnly.Parse(d, CultureInfo.InvariantCulture))).ToList();
        // 2020 census: under 15 ≈ 11.9%, 65 and over ≈ 28.6%, 75 and over ≈ 14.7%.
        Assert.InRange(Share(ages, a => a < 15), 0.105, 0.135);
        Assert.InRange(Share(ages, a => a >= 65), 0.27, 0.30);
        Assert.InRange(Share(ages, a => a >= 75), 0.135, 0.16);
        Assert.InRange(ages.Min(), 0, 1);
        Assert.InRange(ages.Max(), 95, 104);
        // The pyramid's bulges: the 45–49 band (second baby boom) outnumbers the 25–29 band.
        Assert.True(ages.Count(a => a is >= 45 and < 50) > 1.3 * ages.Count(a => a is >= 25 and < 30));
    }

    [Fact]
    public void Write_Sex_WomenOutnumberMenAmongTheOldest()
    {
        var rows = demo.Patients.Rows;
        int sex = demo.Patients.Column("性別"), birth = demo.Patients.Column("生年月日");
        Assert.All(rows, r => Assert.Contains(r[sex], new[] { "男", "女" }));
        var oldest = rows.Where(r => DemoDataFixture.AgeOnReference(DateOnly.Parse(r[birth], CultureInfo.InvariantCulture)) >= 85).ToList();
        Assert.InRange(Share(rows, r => r[sex] == "男"), 0.47, 0.51);
        Assert.True(Share(oldest, r => r[sex] == "男") < 0.40);
    }

    [Fact]
    public void Write_Prefectures_AllPresentAndWeightedByPopulation()
    {
        var prefectures = demo.Patients.Values("都道府県").ToList();
        Assert.Equal(47, prefectures.Distinct().Count());
        Assert.InRange(Share(prefectures, p => p == "東京都"), 0.10, 0.125);   // 14.0M of 126M
        Assert.InRange(Share(prefectures, p => p == "鳥取県"), 0.002, 0.007); // 0.55M of 126M
    }

    [Fact]
    public void Write_PostalCodesAndPhones_PlausibleFormats()
    {
        Assert.All(demo.Patients.Values("郵便番号"), p => Assert.Matches(@"^\d{3}-\d{4}$", p));
        var phones = demo.Patients.Values("電話番号").ToList();
        Assert.All(phones, p => Assert.Equal(10 + (Regex.IsMatch(p, "^0[789]0-") ? 1 : 0), p.Count(char.IsAsciiDigit)));
        Assert.InRange(Share(phones, p => Regex.IsMatch(p, @"^0[789]0-\d{4}-\d{4}$")), 0.55, 0.65);
        var tokyo = demo.Patients.Rows.Where(r => r[demo.Patients.Column("都道府県")] == "東京都").ToList();
        Assert.All(tokyo, r => Assert.Matches("^1", r[demo.Patients.Column("郵便番号")]));
    }

    [Fact]
    public void Write_Names_KanjiAndKatakanaWithIdeographicSpace()
    {
        Assert.All(demo.Patients.Values("氏名"), n => Assert.Single(n, c => c == '\u3000'));
        Assert.All(demo.Patients.Values("フリガナ"), n => Assert.Matches(@"^[\u30A1-\u30FC]+\u3000[\u30A1-\u30FC]+$", n));
        Assert.True(demo.Patients.Values("氏名").Distinct().Count() > 1_000);
    }

    private static double Share<T>(IReadOnlyCollection<T> items, Func<T, bool> test) => (double)items.Count(test) / items.Count;
}
