using System.Globalization;
using System.Text.Json.Nodes;
using Kura.Core;
using Kura.Engine.Policy;
using Kura.Ledger;

namespace Kura.Engine;

public sealed partial class KuraEngine
{
    /// <summary>
    /// Puts a person on a dataset's voluntary objection register (<c>kura objection add</c>): from now
    /// on their rows are left out of every release. The ledger records the register's size, never the person.
    /// </summary>
    /// <param name="dataset">The dataset whose person key identifies the person.</param>
    /// <param name="person">The person-key value as written in the data.</param>
    /// <param name="reason">The reason given, or null.</param>
    public Objection AddObjection(string dataset, string person, string? reason = null)
    {
        var d = RequireDataset(dataset);
        var objection = new Objection(d.Name, NormalizePerson(d, person), Now, Actor, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim());
        _catalog.InTransaction(() =>
        {
            if (!_catalog.AddObjection(objection))
                throw KuraException.Conflict("KURA-OBJECTION-EXISTS", $"That person is already on the objection register of dataset '{d.Name}'.");
            Record(LedgerEntryTypes.ObjectionAdded, RegisterPayload(d.Name));
        });
        ApplyExclusions(d);
        return objection;
    }

    /// <summary>Takes a person off a dataset's objection register (they withdrew the objection).</summary>
    public void RemoveObjection(string dataset, string person)
    {
        var d = RequireDataset(dataset);
        var key = NormalizePerson(d, person);
        _catalog.InTransaction(() =>
        {
            if (!_catalog.RemoveObjection(d.Name, key))
                throw KuraException.NotFound("KURA-OBJECTION-NOT-FOUND", $"That person is not on the objection register of dataset '{d.Name}'.");
            Record(LedgerEntryTypes.ObjectionRemoved, RegisterPayload(d.Name));
        });
        ApplyExclusions(d);
    }

    /// <summary>The objection register of one dataset, or of every dataset when <paramref name="dataset"/> is null.</summary>
    public IReadOnlyList<Objection> ListObjections(string? dataset = null) =>
        _catalog.ListObjections(dataset is null ? null : RequireDataset(dataset).Name);

    private JsonObject RegisterPayload(string dataset) => new()
    {
        ["dataset"] = dataset,
        ["register_size"] = _catalog.ListObjections(dataset).Count,
    };

    // The release views compare the person key's text form, so an integer key is written as DuckDB prints it.
    private static string NormalizePerson(Dataset dataset, string person)
    {
        if (dataset.Unit.IsRow)
            throw KuraException.BadInput("KURA-OBJECTION-NO-PERSON-KEY",
                $"Dataset '{dataset.Name}' has no person key (privacy unit @row), so a person cannot be named; re-import it with --person-key.");
        var text = (person ?? "").Trim();
        if (text.Length is 0 or > 200 || text.Any(char.IsControl))
            throw KuraException.BadInput("KURA-OBJECTION-PERSON", "Give the person-key value as written in the data (1–200 characters, no control characters).");
        var keyType = dataset.Tables.Select(t => t.FindColumn(dataset.Unit.Column!)?.Type).FirstOrDefault(t => t is not null);
        if (keyType == ColumnType.Integer)
            return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
                ? n.ToString(CultureInfo.InvariantCulture)
                : throw KuraException.BadInput("KURA-OBJECTION-PERSON", $"The person key of dataset '{dataset.Name}' is an integer; give the person as a whole number.");
        return text;
    }
}
