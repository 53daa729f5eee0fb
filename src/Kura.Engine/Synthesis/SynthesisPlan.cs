using Kura.Core;
using Kura.Engine.Extracts;
using Kura.Synthesis;

namespace Kura.Engine.Synthesis;

/// <summary>A checked synthesis: the columns with their domains, where the rows come from, the method and the report's target.</summary>
/// <param name="Columns">Output columns in order.</param>
/// <param name="Tables">Row mode: source tables (the first is the base); per-person mode: the features' tables.</param>
/// <param name="Features">Per-person mode: the features, one per column; null in row mode.</param>
/// <param name="Method">MST or AIM.</param>
/// <param name="Workload">AIM's workload by column name; null for MST.</param>
/// <param name="Target">The classifier target column, or null when the report has no classifier part.</param>
/// <param name="ModelTarget">MST only: the column the model is built around (the target), or null.</param>
internal sealed record SynthesisPlan(
    IReadOnlyList<SyntheticColumn> Columns,
    IReadOnlyList<string> Tables,
    IReadOnlyList<PersonFeatureSpec>? Features,
    SynthesisMethod Method,
    IReadOnlyList<IReadOnlyList<string>>? Workload,
    string? Target,
    string? ModelTarget)
{
    public bool PerPerson => Features is not null;

    /// <summary>Row mode without named columns: releasable columns left out because they have no declared domain.</summary>
    public IReadOnlyList<string> LeftOut { get; init; } = [];

    /// <summary>The file's columns: every value is a domain label, so all are text.</summary>
    public IReadOnlyList<ExtractColumn> FileColumns() =>
        [.. Columns.Select(c => new ExtractColumn(c.Name, c.Table, c.Source ?? "*", c.Class, ColumnType.Text, ColumnTreatment.Generalized))];
}
