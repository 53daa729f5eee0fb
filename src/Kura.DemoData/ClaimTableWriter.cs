namespace Kura.DemoData;

/// <summary>
/// Writes a person's claims to claims.csv in date order. Each person has one to three standing
/// diagnoses (more from age 40), each with its own department and regular drug; claim counts are
/// geometric with a mean that rises with age (about 10 per person overall).
/// </summary>
internal sealed class ClaimTableWriter
{
    private const int MaxClaimsPerPerson = 366;

    private readonly CsvRowWriter _csv;
    private readonly SeededRandom _random;
    private readonly int[] _days = new int[MaxClaimsPerPerson];
    private readonly PersonCondition[] _conditions = new PersonCondition[3];

    public ClaimTableWriter(TextWriter writer, SeededRandom random)
    {
        _csv = new CsvRowWriter(writer);
        _random = random;
        _csv.Header(DemoSchema.Claims.Select(c => c.Name));
    }

    public long Rows => _csv.RowsWritten;

    public void Write(Patient patient)
    {
        var conditionCount = 1 + _random.NextInt(patient.Age >= 40 ? 3 : 2);
        for (var i = 0; i < conditionCount; i++) _conditions[i] = PersonCondition.Draw(_random, patient);
        var claims = ClaimCount(patient.Age);
        for (var i = 0; i < claims; i++) _days[i] = DemoCalendar.NextServiceDate(_random, patient.BirthDate).DayNumber;
        Array.Sort(_days, 0, claims);

        Span<char> id = stackalloc char[Patient.PersonIdLength];
        patient.WritePersonId(id);
        for (var i = 0; i < claims; i++)
        {
            var held = _conditions[_random.Chance(550) ? 0 : _random.NextInt(conditionCount)];
            _csv.Text(id);
            _csv.Date(DateOnly.FromDayNumber(_days[i]));
            _csv.Text(held.Condition.Code);
            _csv.Text(held.Condition.Name);
            _csv.Text(held.Department);
            _csv.Number(Cost(held.Condition));
            if (held.Drug is not null && _random.Chance(850)) _csv.Text(held.Drug);
            else _csv.Empty();
            _csv.EndRow();
        }
    }

    /// <summary>Mean claims per person over 2023–2024 by age (tenths); small children and the old visit most.</summary>
    private static int MeanClaimsTenths(int age) => age switch
    {
        < 5 => 120,
        < 15 => 60,
        < 40 => 45,
        < 65 => 80,
        < 75 => 150,
        _ => 200,
    };

    // Geometric on 1, 2, 3, … with the age's mean: a long right tail of frequent attenders.
    private int ClaimCount(int age)
    {
        var mean = MeanClaimsTenths(age) / 10.0;
        var draw = 1 + (int)Math.Floor(Math.Log(_random.NextUnitOpenBelow()) / Math.Log(1 - 1 / mean));
        return Math.Min(draw, MaxClaimsPerPerson);
    }

    // Log-normal around the condition's median, in whole 10-yen units (one medical fee point is 10 yen).
    private long Cost(Condition condition)
    {
        var yen = condition.MedianYen * Math.Exp(condition.Spread * _random.NextGaussian());
        return Math.Clamp((long)Math.Round(yen / 10), 30, 1_000_000) * 10;
    }

    private readonly record struct PersonCondition(Condition Condition, string Department, string? Drug)
    {
        public static PersonCondition Draw(SeededRandom random, Patient patient)
        {
            var condition = Conditions.Next(random, patient.Age, patient.Male);
            var department = patient.Age < 15 && condition.ChildDepartment is { } child && random.Chance(700)
                ? child
                : condition.Department;
            var drug = condition.Drugs.Count == 0 ? null : condition.Drugs[random.NextInt(condition.Drugs.Count)];
            return new PersonCondition(condition, department, drug);
        }
    }
}
