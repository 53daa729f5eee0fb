namespace Kura.DemoData;

/// <summary>
/// Writes facial_images.csv: about 15% of children under 16 and 4% of others have one or two
/// images; for subjects under 16 at capture the legal representative's consent is mostly
/// recorded as given, sometimes refused (false) and sometimes missing (empty).
/// </summary>
internal sealed class FacialImageTableWriter
{
    private const int ConsentAge = 16;

    private readonly CsvRowWriter _csv;
    private readonly SeededRandom _random;

    public FacialImageTableWriter(TextWriter writer, SeededRandom random)
    {
        _csv = new CsvRowWriter(writer);
        _random = random;
        _csv.Header(DemoSchema.FacialImages.Select(c => c.Name));
    }

    public long Rows => _csv.RowsWritten;

    public void Write(Patient patient)
    {
        if (!_random.Chance(patient.Age < ConsentAge ? 150 : 40)) return;
        var images = _random.Chance(250) ? 2 : 1;
        Span<char> id = stackalloc char[Patient.PersonIdLength];
        Span<char> reference = stackalloc char[32];
        patient.WritePersonId(id);
        for (var n = 1; n <= images; n++)
        {
            var captured = DemoCalendar.NextServiceDate(_random, patient.BirthDate);
            var age = DemoCalendar.AgeOn(patient.BirthDate, captured);
            _csv.Text(id);
            _csv.Text(Reference(reference, id, n));
            _csv.Date(captured);
            _csv.Number(age);
            WriteConsent(age);
            _csv.EndRow();
        }
    }

    private void WriteConsent(int ageAtCapture)
    {
        if (ageAtCapture >= ConsentAge) { _csv.Empty(); return; }
        var draw = _random.NextInt(100);
        if (draw < 80) _csv.Text("true");
        else if (draw < 92) _csv.Text("false");
        else _csv.Empty();
    }

    private static ReadOnlySpan<char> Reference(Span<char> buffer, ReadOnlySpan<char> id, int n)
    {
        "faces/".CopyTo(buffer);
        id.CopyTo(buffer[6..]);
        var at = 6 + id.Length;
        buffer[at++] = '_';
        buffer[at++] = (char)('0' + n);
        ".jpg".CopyTo(buffer[at..]);
        return buffer[..(at + 4)];
    }
}
