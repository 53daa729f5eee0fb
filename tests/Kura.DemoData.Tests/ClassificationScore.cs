using System.Globalization;
using System.Text;
using Kura.Core;

namespace Kura.DemoData.Tests;

/// <summary>Per-class precision and recall of predicted against true column classes (test support).</summary>
internal sealed class ClassificationScore(IReadOnlyList<(ColumnClass Truth, ColumnClass Predicted)> pairs)
{
    public int Columns => pairs.Count;

    public int Correct => pairs.Count(p => p.Truth == p.Predicted);

    /// <summary>Single-label micro precision = micro recall = accuracy.</summary>
    public double Accuracy => (double)Correct / Columns;

    public IEnumerable<ColumnClass> ClassesPresent =>
        Enum.GetValues<ColumnClass>().Where(c => pairs.Any(p => p.Truth == c || p.Predicted == c));

    public int Support(ColumnClass c) => pairs.Count(p => p.Truth == c);

    /// <summary>Null when the class was never predicted.</summary>
    public double? Precision(ColumnClass c)
    {
        var predicted = pairs.Count(p => p.Predicted == c);
        return predicted == 0 ? null : (double)pairs.Count(p => p.Predicted == c && p.Truth == c) / predicted;
    }

    /// <summary>Null when the class has no true columns.</summary>
    public double? Recall(ColumnClass c)
    {
        var support = Support(c);
        return support == 0 ? null : (double)pairs.Count(p => p.Predicted == c && p.Truth == c) / support;
    }

    /// <summary>Mean over classes with true columns; a class never predicted counts as precision 0.</summary>
    public double MacroPrecision => TrueClasses.Average(c => Precision(c) ?? 0);

    public double MacroRecall => TrueClasses.Average(c => Recall(c) ?? 0);

    private IEnumerable<ColumnClass> TrueClasses => ClassesPresent.Where(c => Support(c) > 0);

    public string ToMarkdown(string title)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"**{title}** ({Columns} columns)").AppendLine();
        text.AppendLine("| class | columns | precision | recall |").AppendLine("|---|---:|---:|---:|");
        foreach (var c in ClassesPresent)
            text.AppendLine(CultureInfo.InvariantCulture, $"| {c.ToName()} | {Support(c)} | {Format(Precision(c))} | {Format(Recall(c))} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| macro average | {Columns} | {Format(MacroPrecision)} | {Format(MacroRecall)} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| overall (micro = accuracy) | {Columns} | {Format(Accuracy)} | {Format(Accuracy)} |");
        return text.ToString();
    }

    private static string Format(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "—";
}
