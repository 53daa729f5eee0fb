using System.Globalization;
namespace Kura.DemoData.Tests;

public class FacialImageTableWriterTests(DemoDataFixture demo) : IClassFixture<DemoDataFixture>
{
    private int Age => demo.FacialImages.Column("撮影時年齢");
    private int Consent => demo.FacialImages.Column("保護者同意");

    [Fact]
    public void Write_Subset_SomeUnder16WithMissingOrRefusedConsent()
    {
        var rows = demo.FacialImages.Rows;
        var persons = rows.Select(r => r[0]).Distinct().Count();
        Assert.InRange(persons, DemoDataFixture.PatientCount / 50, DemoDataFixture.PatientCount / 10);
        var minors = rows.Where(r => int.Parse(r[Age]) < 16).ToList();
        Assert.True(minors.Count > 50);
        Assert.Contains(minors, r => r[Consent] == "false");
        Assert.Contains(minors, r => r[Consent] == "");
        Assert.True(minors.Count(r => r[Consent] == "true") > minors.Count / 2);
    }

    [Fact]
    public void Write_Consent_OnlyRecordedForUnder16()
    {
        foreach (var row in demo.FacialImages.Rows.Where(r => int.Parse(r[Age]) >= 16))
            Assert.Equal("", row[Consent]);
        Assert.All(demo.FacialImages.Values("保護者同意"), c => Assert.Contains(c, new[] { "true", "false", "" }));
    }

    [Fact]
    public void Write_AgeAtCapture_MatchesBirthDateAndCaptureDate()
    {
        var captured = demo.FacialImages.Column("撮影日");
        foreach (var row in demo.FacialImages.Rows)
        {
            var date = DateOnly.Parse(row[captured], CultureInfo.InvariantCulture);
            var birth = demo.BirthDates[row[0]];
            Assert.True(date >= birth);
            Assert.Equal(DemoCalendar.AgeOn(birth, date), int.Parse(row[Age]));
        }
    }

    [Fact]
    public void Write_ImageReferences_UniqueJpegPathsNamingThePerson()
    {
        var references = demo.FacialImages.Values("顔画像").ToList();
        Assert.Equal(references.Count, references.Distinct().Count());
        foreach (var row in demo.FacialImages.Rows)
            Assert.Matches($@"^faces/{row[0]}_[12]\.jpg$", row[demo.FacialImages.Column("顔画像")]);
    }
}
