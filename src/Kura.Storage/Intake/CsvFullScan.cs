using System.Text;
using Kura.Core;

namespace Kura.Storage.Intake;

/// <summary>
/// The careful path, run only when DuckDB's load refused something: reads every record of a UTF-8 CSV,
/// stops at the first structural problem (quoting, ragged row, empty person key, a value that does not
/// fit an overridden type) with its line and column, and otherwise returns exact plans from all rows.
/// </summary>
public static class CsvFullScan
{
    public static IReadOnlyList<ColumnPlan> Run(string utf8Path, string file, char delimiter,
        IReadOnlyList<ColumnPlan> plans, CancellationToken cancellationToken)
    {
        using var text = new StreamReader(utf8Path, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true, 1 << 16);
        var reader = new CsvRecordReader(text, delimiter);
        var fields = new List<string>();
        var profiles = plans.Select(_ => new ColumnProfile()).ToArray();
        try
        {
            reader.Read(fields);
            while (reader.Read(fields))
            {
                if ((reader.RecordLine & 0xFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
                CheckRecord(file, reader.RecordLine, fields, plans, profiles);
            }
        }
        catch (CsvSyntaxException e)
        {
            throw ImportErrors.Quote(file, e.Line, e.Column, e.Problem);
        }
        return plans.Select((p, i) => Refine(p, profiles[i])).ToArray();
    }

    private static void CheckRecord(string file, long line, List<string> fields, IReadOnlyList<ColumnPlan> plans, ColumnProfile[] profiles)
    {
        if (fields.Count != plans.Count)
            throw ImportErrors.Ragged(file, line, plans.Count, fields.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        for (var i = 0; i < plans.Count; i++)
        {
            var plan = plans[i];
            if (plan.IsPersonKey && string.IsNullOrWhiteSpace(fields[i]))
                throw ImportErrors.PersonKeyEmpty(file, ImportErrors.At(line, i + 1), plan.Name);
            profiles[i].Observe(fields[i], line);
            if (plan.Overridden && profiles[i].FirstMismatch(plan.Type) == line)
                throw ImportErrors.TypeMismatch(file, ImportErrors.At(line, i + 1), plan.Name, plan.Type);
        }
    }

    private static ColumnPlan Refine(ColumnPlan plan, ColumnProfile profile) =>
        plan with
        {
            Type = plan.Overridden ? plan.Type : profile.InferredType,
            Scale = profile.Scale,
            Notation = profile.DateNotation,
        };
}
