using System.Text.Json.Nodes;
using Kura.Core;
using Kura.Ledger;
using Kura.Detection;
using Kura.Engine.Classification;

namespace Kura.Engine;

public sealed partial class KuraEngine
{
    /// <summary>Sample size handed to the in-process classifier per column.</summary>
    public const int ClassifierSampleSize = 200;

    /// <summary>
    /// Proposes a class for every column and records the proposal for columns a steward has not
    /// confirmed. With <paramref name="accept"/> the steward accepts every proposal as confirmed.
    /// </summary>
    public IReadOnlyList<ColumnClassification> Classify(string dataset, bool accept = false)
    {
        var found = RequireDataset(dataset);
        var results = new List<ColumnClassification>();
        _catalog.InTransaction(() =>
        {
            foreach (var table in found.Tables)
            foreach (var column in table.Columns)
                results.Add(ClassifyColumn(found, table, column, accept));
        });
        return results;
    }

    /// <summary>A steward sets a column's class (<c>TABLE.COLUMN</c>, or <c>COLUMN</c> when unambiguous); the class is confirmed.</summary>
    public Column SetColumnClass(string dataset, string columnSpec, ColumnClass value, bool? subjectAge = null)
    {
        var found = RequireDataset(dataset);
        var (table, column) = ResolveColumn(found, columnSpec);
        if (IsDeclaredPersonKey(found, column) || value == ColumnClass.PersonKey)
            throw KuraException.BadInput("KURA-PERSON-KEY-FIXED",
                $"The person key is set at import (--person-key {found.Unit}) and cannot be given or taken by classification ({table.Name}.{column.Name}). " +
                "Another identifier of persons is a direct-identifier.");
        var updated = column with { Class = value, IsSubjectAge = subjectAge ?? column.IsSubjectAge, ClassConfirmed = true };
        _catalog.InTransaction(() =>
        {
            _catalog.UpdateColumn(dataset, table.Name, updated);
            RecordColumnChange(dataset, table.Name, column, updated);
        });
        return updated;
    }

    private ColumnClassification ClassifyColumn(Dataset dataset, VaultTable table, Column column, bool accept)
    {
        if (IsDeclaredPersonKey(dataset, column))
            return new ColumnClassification(table.Name, column, ColumnClass.PersonKey, false, 1.0, "declared person key at import");
        var samples = _vault.SampleValues(dataset.Name, table.Name, column.Name, ClassifierSampleSize);
        var proposal = NotAPersonKey(ColumnClassifier.Classify(column.Name, samples.ToList<string?>()));
        // Only the declared key may carry the person-key class: queries join and bound persons by it.
        var recorded = column.ClassConfirmed && column.Class != ColumnClass.PersonKey
            ? column
            : column with { Class = proposal.Class, IsSubjectAge = proposal.IsSubjectAge, ClassConfirmed = accept };
        if (recorded != column)
        {
            _catalog.UpdateColumn(dataset.Name, table.Name, recorded);
            RecordColumnChange(dataset.Name, table.Name, column, recorded);
        }
        return new ColumnClassification(table.Name, recorded, proposal.Class, proposal.IsSubjectAge, proposal.Confidence, proposal.Reason);
    }

    private static bool IsDeclaredPersonKey(Dataset dataset, Column column) =>
        dataset.Unit.Column is { } key && string.Equals(column.Name, key, StringComparison.OrdinalIgnoreCase);

    // A column that looks like a person key but is not the declared one identifies persons all the same.
    private static ColumnProposal NotAPersonKey(ColumnProposal proposal) =>
        proposal.Class != ColumnClass.PersonKey ? proposal
            : proposal with { Class = ColumnClass.DirectIdentifier, Reason = $"{proposal.Reason}; not the declared person key, so an identifier of persons → direct-identifier" };

    private void RecordColumnChange(string dataset, string table, Column before, Column after) =>
        Record(LedgerEntryTypes.ClassificationChanged, new JsonObject
        {
            ["dataset"] = dataset,
            ["table"] = table,
            ["column"] = after.Name,
            ["class_before"] = before.Class.ToName(),
            ["class"] = after.Class.ToName(),
            ["confirmed"] = after.ClassConfirmed,
            ["subject_age"] = after.IsSubjectAge,
            ["bounds"] = after.Bounds?.ToString(),
            ["public_domain_size"] = after.PublicDomain?.Count,
        });

    private static (VaultTable Table, Column Column) ResolveColumn(Dataset dataset, string spec)
    {
        var dot = spec.IndexOf('.');
        var candidates = dot > 0
            ? dataset.Tables.Where(t => string.Equals(t.Name, spec[..dot], StringComparison.OrdinalIgnoreCase))
                .Select(t => (t, t.FindColumn(spec[(dot + 1)..])))
            : dataset.Tables.Select(t => (t, t.FindColumn(spec)));
        var matches = candidates.Where(x => x.Item2 is not null).Select(x => (x.t, x.Item2!)).ToList();
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw KuraException.NotFound("KURA-COLUMN-NOT-FOUND", $"No column '{spec}' in dataset '{dataset.Name}'. See 'kura dataset show {dataset.Name}'."),
            _ => throw KuraException.BadInput("KURA-COLUMN-AMBIGUOUS",
                $"Column '{spec}' exists in several tables ({string.Join(", ", matches.Select(m => m.Item1.Name))}); write TABLE.COLUMN."),
        };
    }
}
