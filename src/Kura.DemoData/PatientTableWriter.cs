namespace Kura.DemoData;

/// <summary>Writes patients.csv rows in <see cref="DemoSchema.Patients"/> order.</summary>
internal sealed class PatientTableWriter
{
    private readonly CsvRowWriter _csv;

    public PatientTableWriter(TextWriter writer)
    {
        _csv = new CsvRowWriter(writer);
        _csv.Header(DemoSchema.Patients.Select(c => c.Name));
    }

    public long Rows => _csv.RowsWritten;

    public void Write(Patient patient)
    {
        Span<char> buffer = stackalloc char[32];
        patient.WritePersonId(buffer);
        _csv.Text(buffer[..Patient.PersonIdLength]);
        _csv.Text(JoinName(buffer, patient.Surname.Written, patient.GivenName.Written));
        _csv.Text(JoinName(buffer, patient.Surname.Reading, patient.GivenName.Reading));
        patient.MyNumber.WriteDigits(buffer);
        _csv.Text(buffer[..Kura.Core.MyNumber.Length]);
        _csv.Date(patient.BirthDate);
        _csv.Text(patient.Male ? "男" : "女");
        _csv.Text(patient.Prefecture.Name);
        _csv.Text(patient.Municipality.Name);
        _csv.Text(Postal(buffer, patient));
        _csv.Text(patient.Phone);
        _csv.EndRow();
    }

    // Names are written surname first, separated by an ideographic space as on Japanese forms.
    private static ReadOnlySpan<char> JoinName(Span<char> buffer, string surname, string given)
    {
        surname.CopyTo(buffer);
        buffer[surname.Length] = '\u3000';
        given.CopyTo(buffer[(surname.Length + 1)..]);
        return buffer[..(surname.Length + 1 + given.Length)];
    }

    private static ReadOnlySpan<char> Postal(Span<char> buffer, Patient patient)
    {
        patient.Municipality.PostalPrefix.CopyTo(buffer);
        buffer[3] = '-';
        patient.PostalSuffix.TryFormat(buffer[4..], out _, "D4");
        return buffer[..8];
    }
}
