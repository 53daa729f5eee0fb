using Kura.Core;

namespace Kura.Engine.Synthesis;

/// <summary>Which source columns a synthesis may draw on: granted to the project, and never identifiers, the person key or facial data.</summary>
internal static class SourceRules
{
    /// <summary>Refuses a column that is not granted or whose class never feeds a release.</summary>
    public static void Check(Project project, VaultTable table, Column column)
    {
        if (column.Class is ColumnClass.PersonKey or ColumnClass.DirectIdentifier or ColumnClass.Facial || VaultColumns.IsHidden(column.Name))
            throw KuraException.Policy("KURA-SYNTH-COLUMN-REFUSED",
                $"Column '{table.Name}.{column.Name}' is {column.Class.ToName()}; synthetic data never draws on identifiers, the person key or facial data. Leave it out.");
        if (!IsGranted(project, table, column))
            throw KuraException.Policy("KURA-SYNTH-COLUMN-NOT-GRANTED", $"Column '{table.Name}.{column.Name}' is not granted to project '{project.Name}'; a steward must grant it.");
    }

    public static bool IsGranted(Project project, VaultTable table, Column column) =>
        project.GrantedColumns is not { } grants
        || grants.Any(g => string.Equals(g, column.Name, StringComparison.OrdinalIgnoreCase)
                           || string.Equals(g, $"{table.Name}.{column.Name}", StringComparison.OrdinalIgnoreCase));
}
