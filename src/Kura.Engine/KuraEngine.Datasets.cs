using Kura.Core;

namespace Kura.Engine;

public sealed partial class KuraEngine
{
    public IReadOnlyList<Dataset> ListDatasets() => _catalog.ListDatasets();

    public Dataset ShowDataset(string name) => RequireDataset(name);

    /// <summary>Declares clamp bounds for a numeric column (public knowledge, never read off the data).</summary>
    public Column DeclareBounds(string dataset, string table, string column, ValueBounds bounds)
    {
        var (_, existing) = RequireColumn(dataset, table, column);
        if (existing.Type is not (ColumnType.Integer or ColumnType.Decimal))
            throw KuraException.BadInput("KURA-BOUNDS-NOT-NUMERIC", $"Column {table}.{column} is {existing.Type}; bounds apply to numeric columns only.");
        var updated = existing with { Bounds = bounds };
        SaveColumn(dataset, table, existing, updated);
        return updated;
    }

    /// <summary>Declares the public set of values a column can take, so group keys are released without partition selection.</summary>
    public Column DeclareDomain(string dataset, string table, string column, IReadOnlyList<string> domain)
    {
        var (_, existing) = RequireColumn(dataset, table, column);
        if (domain.Count == 0)
            throw KuraException.BadInput("KURA-DOMAIN-EMPTY", $"The public domain for {table}.{column} is empty; list at least one value.");
        var updated = existing with { PublicDomain = domain.Distinct().ToList() };
        SaveColumn(dataset, table, existing, updated);
        return updated;
    }

    /// <summary>Sets a table's default cap of rows per person used by DP bounding (a steward act).</summary>
    public void SetMaxRowsPerPerson(string dataset, string table, int maxRowsPerPerson)
    {
        if (RequireDataset(dataset).FindTable(table) is null)
            throw KuraException.NotFound("KURA-TABLE-NOT-FOUND", $"Table '{table}' does not exist in dataset '{dataset}'.");
        _catalog.InTransaction(() =>
        {
            _catalog.UpdateMaxRowsPerPerson(dataset, table, maxRowsPerPerson);
            Record(Kura.Ledger.LedgerEntryTypes.ClassificationChanged, new System.Text.Json.Nodes.JsonObject
            {
                ["dataset"] = dataset,
                ["table"] = table,
                ["max_rows_per_person"] = maxRowsPerPerson,
            });
        });
    }

    private void SaveColumn(string dataset, string table, Column before, Column after) => _catalog.InTransaction(() =>
    {
        _catalog.UpdateColumn(dataset, table, after);
        RecordColumnChange(dataset, table, before, after);
    });

    private (VaultTable Table, Column Column) RequireColumn(string dataset, string table, string column)
    {
        var vaultTable = RequireDataset(dataset).FindTable(table) ?? throw KuraException.NotFound("KURA-TABLE-NOT-FOUND",
            $"Table '{table}' does not exist in dataset '{dataset}'. See 'kura dataset show {dataset}'.");
        var found = vaultTable.FindColumn(column) ?? throw KuraException.NotFound("KURA-COLUMN-NOT-FOUND",
            $"Column '{column}' does not exist in {dataset}.{table}. See 'kura dataset show {dataset}'.");
        return (vaultTable, found);
    }
}
