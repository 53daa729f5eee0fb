namespace Kura.DemoData;

/// <summary>
/// Japan's 2020 census population by five-year age band (thousands, rounded; 100+ drawn as 100–104)
/// and the share of males per band (per mille), which falls with age as women outlive men.
/// </summary>
internal static class AgePyramid
{
    private static readonly int[] BandThousands =
    [
        4541, 5114, 5376, 5706, 6320, 6384, 6714, 7498, 8476, 9868, 8738,
        7940, 7442, 8236, 9189, 7065, 5401, 3608, 1635, 452, 80,
    ];

    private static readonly WeightedTable Bands = new(BandThousands);

    /// <summary>Age in whole years on <see cref="DemoCalendar.AgeReferenceDate"/>.</summary>
    public static int NextAge(SeededRandom random) => Bands.Next(random) * 5 + random.NextInt(5);

    /// <summary>Male share per mille at <paramref name="age"/>.</summary>
    public static int MalePerMille(int age) => age switch
    {
        < 50 => 512,
        < 65 => 500,
        < 75 => 480,
        < 85 => 440,
        _ => 340,
    };
}
