namespace Kura.Storage.Intake;

/// <summary>A CSV quoting error at a physical line and 1-based column, found by <see cref="CsvRecordReader"/>.</summary>
public sealed class CsvSyntaxException(long line, int column, string problem)
    : Exception($"line {line}, column {column}: {problem}")
{
    public long Line { get; } = line;
    public int Column { get; } = column;
    public string Problem { get; } = problem;
}
