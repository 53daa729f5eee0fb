namespace Kura.DemoData;

/// <summary>The fixed dates the demo data is built around (no clock: output must not depend on when it runs).</summary>
internal static class DemoCalendar
{
    /// <summary>Ages are drawn as of the 2020-census-style reference day in the last claim year.</summary>
    public static readonly DateOnly AgeReferenceDate = new(2024, 10, 1);

    /// <summary>First service (and image capture) date.</summary>
    public static readonly DateOnly FirstServiceDate = new(2023, 1, 1);

    /// <summary>Last service (and image capture) date.</summary>
    public static readonly DateOnly LastServiceDate = new(2024, 12, 31);

    /// <summary>A birth date giving exactly <paramref name="age"/> years on the reference date.</summary>
    public static DateOnly NextBirthDate(SeededRandom random, int age)
    {
        var earliest = AgeReferenceDate.AddYears(-(age + 1)).DayNumber + 1;
        var latest = AgeReferenceDate.AddYears(-age).DayNumber;
        return DateOnly.FromDayNumber(random.NextInt(earliest, latest));
    }

    /// <summary>A uniform date in the service window, never before <paramref name="birth"/>.</summary>
    public static DateOnly NextServiceDate(SeededRandom random, DateOnly birth)
    {
        var first = Math.Max(FirstServiceDate.DayNumber, birth.DayNumber);
        return DateOnly.FromDayNumber(random.NextInt(first, LastServiceDate.DayNumber));
    }

    /// <summary>Whole years between <paramref name="birth"/> and <paramref name="on"/>.</summary>
    public static int AgeOn(DateOnly birth, DateOnly on)
    {
        var age = on.Year - birth.Year;
        if (on.Month < birth.Month || (on.Month == birth.Month && on.Day < birth.Day)) age--;
        return age;
    }
}
