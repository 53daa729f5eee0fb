using System.Text.Json.Nodes;
using Kura.Core;
using Kura.Engine.Policy;
using Kura.Ledger;
using Kura.Policy;

namespace Kura.Engine;

public sealed partial class KuraEngine
{
    /// <summary>
    /// A steward declares data categories for a whole dataset on top of what column names show
    /// (for example <c>Health</c> for a hospital's records, <c>Criminal</c> for probation data).
    /// Replaces the earlier declaration; an empty list removes it. Open projects are re-evaluated.
    /// </summary>
    public IReadOnlyList<string> DeclareCategories(string dataset, IReadOnlyList<string> categories)
    {
        var d = RequireDataset(dataset);
        var bad = categories.FirstOrDefault(c => !PolicyVocabulary.Categories.Contains(c, StringComparer.Ordinal));
        if (bad is not null)
            throw KuraException.BadInput("KURA-CATEGORY-UNKNOWN", $"Unknown data category '{bad}'. Use one of: {string.Join(", ", PolicyVocabulary.Categories)}.");
        var declared = categories.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        _catalog.InTransaction(() =>
        {
            _catalog.SetDeclaredCategories(d.Name, declared);
            Record(LedgerEntryTypes.ClassificationChanged, new JsonObject { ["dataset"] = d.Name, ["declared_categories"] = Strings(declared) });
        });
        RefreshDataset(d);
        return declared;
    }

    /// <summary>Data categories declared for a dataset.</summary>
    public IReadOnlyList<string> DeclaredCategories(string dataset) => _catalog.DeclaredCategories(RequireDataset(dataset).Name);

    /// <summary>
    /// Declares which column of a facial-data table records the legal representative's consent
    /// (<c>TABLE.COLUMN</c>); a null spec for a table removes it. Children's facial rows count as
    /// consented only when that column says so (true, yes, はい, 有, 同意 …).
    /// </summary>
    public FacialConsentColumn DeclareFacialConsent(string dataset, string columnSpec)
    {
        var d = RequireDataset(dataset);
        var (table, column) = ResolveColumn(d, columnSpec);
        if (!table.Columns.Any(c => c.Class == ColumnClass.Facial))
            throw KuraException.BadInput("KURA-CONSENT-NOT-FACIAL-TABLE",
                $"Table '{table.Name}' has no column classed facial; the consent column belongs to the table holding the facial data.");
        if (column.Class is ColumnClass.Facial or ColumnClass.PersonKey)
            throw KuraException.BadInput("KURA-CONSENT-COLUMN", $"Column {table.Name}.{column.Name} is the {column.Class.ToName()} column, not a consent record.");
        var declared = new FacialConsentColumn(table.Name, column.Name);
        _catalog.InTransaction(() =>
        {
            _catalog.SetFacialConsentColumn(d.Name, table.Name, column.Name);
            Record(LedgerEntryTypes.ClassificationChanged, new JsonObject
            {
                ["dataset"] = d.Name,
                ["table"] = table.Name,
                ["facial_consent_column"] = column.Name,
            });
        });
        RefreshDataset(d);
        return declared;
    }

    /// <summary>The declared consent columns of a dataset's facial tables.</summary>
    public IReadOnlyList<FacialConsentColumn> FacialConsentColumns(string dataset) =>
        _catalog.FacialConsentColumns(RequireDataset(dataset).Name);

    private void RefreshDataset(Dataset dataset)
    {
        ApplyExclusions(dataset);
        foreach (var project in _catalog.ListProjects().Where(p => IsOpen(p) && p.Datasets.Contains(dataset.Name, StringComparer.Ordinal)))
            CurrentDecision(project);
    }
}
