namespace Kura.Storage.Intake;

/// <summary>
/// Picks the field delimiter of a CSV sample among comma, tab and semicolon: the one that splits the
/// header into the most fields while giving every sampled row the same count. Pure.
/// </summary>
public static class DelimiterSniffer
{
    /// <summary>The delimiters tried, in order of preference on ties.</summary>
    public static readonly char[] Candidates = [',', '\t', ';'];

    private const int RowsExamined = 200;

    public static char Detect(string sample)
    {
        char best = ',';
        var bestScore = 0;
        foreach (var candidate in Candidates)
        {
            var score = Score(sample, candidate);
            if (score > bestScore)
            {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    // Header field count (doubled when every row agrees with it), 0 when the delimiter never occurs.
    private static int Score(string sample, char delimiter)
    {
        var reader = new CsvRecordReader(new StringReader(sample), delimiter);
        var fields = new List<string>();
        try
        {
            if (!reader.Read(fields) || fields.Count < 2) return 0;
            var width = fields.Count;
            var consistent = true;
            for (var i = 0; i < RowsExamined && reader.Read(fields); i++)
                consistent &= fields.Count == width;
            return consistent ? 2 * width : width;
        }
        catch (CsvSyntaxException)
        {
            return 0;
        }
    }
}
