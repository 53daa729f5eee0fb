using System.Globalization;
namespace Kura.DemoData.Tests;

/// <summary>One 20,000-person demo dataset written to a temporary directory and read back (test support).</summary>
public sealed class DemoDataFixture : IDisposable
{
    public const int PatientCount = 20_000;

    public DemoDataFixture()
    {
        Directory = Path.Combine(Path.GetTempPath(), "kura-demo-" + Guid.NewGuid().ToString("N"));
        Result = DemoDataGenerator.Write(new DemoDataOptions { OutputDirectory = Directory, Patients = PatientCount });
        Patients = CsvTable.Read(Result.File(DemoSchema.PatientsTable).Path);
        Claims = CsvTable.Read(Result.File(DemoSchema.ClaimsTable).Path);
        FacialImages = CsvTable.Read(Result.File(DemoSchema.FacialImagesTable).Path);
        BirthDates = Patients.Rows.ToDictionary(r => r[0], r => DateOnly.Parse(r[Patients.Column("生年月日")], CultureInfo.InvariantCulture));
    }

    public string Directory { get; }
    public DemoDataResult Result { get; }
    internal CsvTable Patients { get; }
    internal CsvTable Claims { get; }
    internal CsvTable FacialImages { get; }
    public IReadOnlyDictionary<string, DateOnly> BirthDates { get; }

    /// <summary>Age on 2024-10-01, the reference date of the generator's age draw.</summary>
    public static int AgeOnReference(DateOnly birth) => DemoCalendar.AgeOn(birth, DemoCalendar.AgeReferenceDate);

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
