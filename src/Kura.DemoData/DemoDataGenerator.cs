using System.Text;
using Kura.Core;

namespace Kura.DemoData;

/// <summary>
/// Writes a wholly synthetic, deterministic Japanese medical-claims dataset: patients.csv,
/// claims.csv and facial_images.csv (headers and ground-truth classes in <see cref="DemoSchema"/>).
/// Ages follow Japan's 2020 census pyramid, residence the prefecture populations; My Numbers carry
/// valid check digits but are random, not anyone's. Thread-safe: each call has its own state.
/// A cancelled or failed run leaves partial files behind.
/// </summary>
public static class DemoDataGenerator
{
    private const int ProgressEvery = 5_000;
    private const int BufferBytes = 1 << 16;

    /// <summary>Writes the three files into <see cref="DemoDataOptions.OutputDirectory"/>.</summary>
    /// <exception cref="KuraException">KURA-DEMO-PATIENTS, KURA-DEMO-ENCODING, KURA-DEMO-OUTPUT.</exception>
    public static DemoDataResult Write(DemoDataOptions options, IProgress<DemoDataProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Patients is < 1 or > DemoDataOptions.MaxPatients)
            throw KuraException.BadInput("KURA-DEMO-PATIENTS",
                $"Patients must be between 1 and {DemoDataOptions.MaxPatients:N0} (got {options.Patients}).");
        var (encoding, encodingName) = DemoEncodings.Resolve(options.Encoding);
        var directory = PrepareDirectory(options.OutputDirectory);
        var paths = new[] { DemoSchema.PatientsTable, DemoSchema.ClaimsTable, DemoSchema.FacialImagesTable }
            .Select(table => (Table: table, Path: Path.Combine(directory, table + ".csv"))).ToArray();
        try
        {
            var rows = WriteTables(options, encoding, paths.Select(p => p.Path).ToArray(), progress, cancellationToken);
            return new DemoDataResult(paths.Select((p, i) => new DemoDataFile(p.Table, p.Path, rows[i])).ToArray(), encodingName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new KuraException("KURA-DEMO-OUTPUT", KuraErrorKind.BadInput,
                $"Could not write demo data under '{directory}': {e.Message} Check free space and permissions.", e);
        }
    }

    private static long[] WriteTables(DemoDataOptions options, Encoding encoding, string[] paths,
        IProgress<DemoDataProgress>? progress, CancellationToken cancellationToken)
    {
        using var patientsOut = Open(paths[0], encoding);
        using var claimsOut = Open(paths[1], encoding);
        using var facesOut = Open(paths[2], encoding);
        var random = new SeededRandom(options.Seed);
        var persons = new PatientFactory(random, new MyNumberSequence(random.NextUInt64()));
        var patients = new PatientTableWriter(patientsOut);
        var claims = new ClaimTableWriter(claimsOut, random);
        var faces = new FacialImageTableWriter(facesOut, random);
        cancellationToken.ThrowIfCancellationRequested();
        for (var n = 1; n <= options.Patients; n++)
        {
            var patient = persons.Create(n);
            patients.Write(patient);
            claims.Write(patient);
            faces.Write(patient);
            if (n % ProgressEvery == 0 || n == options.Patients)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report(new DemoDataProgress(n, options.Patients, claims.Rows));
            }
        }
        return [patients.Rows, claims.Rows, faces.Rows];
    }

    private static StreamWriter Open(string path, Encoding encoding) =>
        new(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, BufferBytes), encoding, BufferBytes);

    private static string PrepareDirectory(string outputDirectory)
    {
        if (string.IsNullOrWhiteSpace(outputDirectory))
            throw KuraException.BadInput("KURA-DEMO-OUTPUT", "Give an output directory for the demo data (--out DIR).");
        try
        {
            return Directory.CreateDirectory(Path.GetFullPath(outputDirectory)).FullName;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new KuraException("KURA-DEMO-OUTPUT", KuraErrorKind.BadInput,
                $"Cannot create the output directory '{outputDirectory}': {e.Message}", e);
        }
    }
}
