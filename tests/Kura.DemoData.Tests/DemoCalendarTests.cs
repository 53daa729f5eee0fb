namespace Kura.DemoData.Tests;

public class DemoCalendarTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(104)]
    public void NextBirthDate_Age_GivesThatAgeOnReferenceDate(int age)
    {
        var random = new SeededRandom(age);
        for (var i = 0; i < 500; i++)
            Assert.Equal(age, DemoCalendar.AgeOn(DemoCalendar.NextBirthDate(random, age), DemoCalendar.AgeReferenceDate));
    }

    [Fact]
    public void NextServiceDate_RecentBirth_NeverBeforeBirth()
    {
        var random = new SeededRandom(1);
        var birth = new DateOnly(2024, 9, 30);
        for (var i = 0; i < 500; i++)
            Assert.InRange(DemoCalendar.NextServiceDate(random, birth), birth, DemoCalendar.LastServiceDate);
    }

    [Theory]
    [InlineData("2008-10-01", "2024-09-30", 15)]
    [InlineData("2008-10-01", "2024-10-01", 16)]
    [InlineData("2020-02-29", "2024-02-28", 3)]
    [InlineData("2020-02-29", "2024-02-29", 4)]
    public void AgeOn_Dates_WholeYears(string birth, string on, int expected) =>
        Assert.Equal(expected, DemoCalendar.AgeOn(DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture)));
}
