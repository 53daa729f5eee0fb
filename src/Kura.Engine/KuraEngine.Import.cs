using System.Text.Json.Nodes;
using Kura.Core;
using Kura.Ledger;
using Kura.Engine.Intake;

namespace Kura.Engine;

public sealed partial class KuraEngine
{
    /// <summary>
    /// Loads a file into the vault and records it in the catalog, atomically: the vault stages the
    /// table, the catalog records it, then the vault swaps it in. A failure before the swap leaves
    /// both as they were; a failed swap rolls the catalog change back.
    /// </summary>
    public ImportSummary Import(ImportRequest request, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var existing = _catalog.FindDataset(request.Dataset);
        if (existing is not null && existing.Unit != request.Unit)
            throw KuraException.BadInput("KURA-UNIT-MISMATCH",
                $"Dataset '{request.Dataset}' has privacy unit '{existing.Unit}', but --person-key was '{request.Unit}'. All tables of a dataset share one person key.");
        if (!request.Replace && _vault.TableExists(request.Dataset, request.Table))
            throw KuraException.Conflict("KURA-TABLE-EXISTS",
                $"Table '{request.Table}' already exists in dataset '{request.Dataset}'. Pass --replace to replace it.");

        using var staged = _vault.StageImport(request, progress, cancellationToken);
        var table = KeepConfirmedClasses(existing?.FindTable(request.Table), staged.Table);
        _catalog.InTransaction(() =>
        {
            _catalog.SaveTable(request.Dataset, request.Unit, table, Now);
            Record(existing?.FindTable(request.Table) is null ? LedgerEntryTypes.DatasetImported : LedgerEntryTypes.DatasetReplaced, new JsonObject
            {
                ["dataset"] = request.Dataset,
                ["table"] = table.Name,
                ["privacy_unit"] = request.Unit.ToString(),
                ["rows"] = table.RowCount,
                ["persons"] = table.PersonCount,
                ["columns"] = Columns(table),
                ["source_sha256"] = staged.SourceSha256,
                ["encoding"] = staged.Encoding,
            });
            staged.Commit();
        });
        return new ImportSummary(request.Dataset, table, staged.Encoding, staged.SourceSha256) { StewardNotices = AgeAttestationNotices(request.Dataset) };
    }

    // On --replace, a steward's confirmed classes and declared bounds survive for same-named columns of the same type.
    private static VaultTable KeepConfirmedClasses(VaultTable? previous, VaultTable loaded)
    {
        // The person key was declared by the data holder at import: it is confirmed by that act.
        loaded = loaded with { Columns = loaded.Columns.Select(c => c.Class == ColumnClass.PersonKey ? c with { ClassConfirmed = true } : c).ToList() };
        if (previous is null) return loaded;
        var columns = loaded.Columns.Select(c =>
        {
            var old = previous.FindColumn(c.Name);
            return old is { ClassConfirmed: true } && old.Type == c.Type ? old : c;
        }).ToList();
        return loaded with { Columns = columns, MaxRowsPerPerson = previous.MaxRowsPerPerson };
    }
}
