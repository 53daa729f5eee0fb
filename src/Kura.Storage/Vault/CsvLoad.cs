using DuckDB.NET.Data;
using Kura.Core;
using Kura.Engine.Intake;
using Kura.Storage.Intake;

namespace Kura.Storage.Vault;

/// <summary>Loads a UTF-8 CSV (the source itself or its transcoded copy) into a staging table and checks it.</summary>
internal sealed class CsvLoad(
    VaultConnection connection, ImportRequest request, int rowsPerPerson, string utf8Path, string encodingName, Task<SourceDigestResult> digest)
{
    private string File => request.FilePath;

    public StagedImport Run(IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var sample = ReadSample(out var isWhole);
        if (sample.Header.Count == 0) throw ImportErrors.Empty(File);
        CsvHeader.Validate(File, sample.Header);
        var plans = ColumnPlanner.Plan(File, sample.Header,
            ColumnPlanner.Profile(sample.Header.Count, sample.Rows), request.TypeOverrides, request.Unit.Column);
        if (sample.Rows.Count == 0 && isWhole)
        {
            CheckEncoding();
            throw ImportErrors.NoRows(File);
        }
        var staging = new StagingArea(connection, request.Dataset, request.Table);
        try
        {
            plans = LoadChecked(staging, sample.Delimiter, plans, progress, cancellationToken);
            var table = Describe(staging, plans);
            return new DuckDbStagedImport(staging, table, encodingName, digest.Result.Sha256, request.Replace);
        }
        catch
        {
            staging.Dispose();
            throw;
        }
    }

    private IReadOnlyList<ColumnPlan> LoadChecked(StagingArea staging, char delimiter, IReadOnlyList<ColumnPlan> plans,
        IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var failure = TryLoad(staging, delimiter, plans, progress, cancellationToken);
        if (failure is not null)
        {
            CheckEncoding();
            plans = CsvFullScan.Run(utf8Path, File, delimiter, plans, cancellationToken);
            failure = TryLoad(staging, delimiter, plans, progress, cancellationToken);
        }
        CheckEncoding();
        if (failure is { Kind: "other" } && LineEndings.FirstMixedLine(utf8Path) is { } mixed)
            throw ImportErrors.MixedLineEndings(File, mixed);
        if (failure is not null) throw failure.ToException(File, plans);
        return plans;
    }

    private LoadFailure? TryLoad(StagingArea staging, char delimiter, IReadOnlyList<ColumnPlan> plans,
        IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid().ToString("N");
        string rejects = "__kura_rejects_" + id, scans = "__kura_scans_" + id;
        var source = CsvLoadSql.Source(utf8Path, delimiter, plans, rejects, scans);
        var key = plans.FirstOrDefault(p => p.IsPersonKey)?.Name;
        try
        {
            using (new LoadProgress(connection, progress, new FileInfo(utf8Path).Length))
                staging.Load(RankAssignment.Select(CsvLoadSql.Columns(plans), source, key), cancellationToken);
            var reject = connection.Query($"SELECT line, column_idx, error_type FROM {SqlText.Identifier(rejects)} ORDER BY line LIMIT 1");
            return reject.Count == 0 ? null
                : LoadFailure.FromReject((long)reject[0][0]!, (int)(long)(reject[0][1] ?? 0L), (string)reject[0][2]!);
        }
        catch (DuckDBException e)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return LoadFailure.FromMessage(e.Message);
        }
        finally
        {
            connection.Execute($"DROP TABLE IF EXISTS {SqlText.Identifier(rejects)}; DROP TABLE IF EXISTS {SqlText.Identifier(scans)}");
        }
    }

    private VaultTable Describe(StagingArea staging, IReadOnlyList<ColumnPlan> plans)
    {
        var counts = connection.Query(
            $"SELECT count(*), count(*) FILTER (WHERE {SqlText.Identifier(VaultColumns.Rank)} = 1) FROM {staging.QualifiedStage}")[0];
        var rows = (long)counts[0]!;
        if (rows == 0) throw ImportErrors.NoRows(File);
        var columns = plans.Select(p => new Column(p.Name, p.Type, p.IsPersonKey ? ColumnClass.PersonKey : ColumnClass.Ordinary)).ToList();
        return new VaultTable(request.Table, columns, rows, (long)counts[1]!, rowsPerPerson);
    }

    private CsvSample ReadSample(out bool isWhole)
    {
        var (head, whole) = SourceHead.Read(utf8Path);
        isWhole = whole;
        var bom = EncodingDetector.BomLength(head);
        try
        {
            return CsvSample.Read(head.AsSpan(bom), whole, new System.Text.UTF8Encoding(false, false), request.Delimiter);
        }
        catch (CsvSyntaxException e)
        {
            CheckEncoding();
            throw ImportErrors.Quote(File, e.Line, e.Column, e.Problem);
        }
    }

    // Invalid UTF-8 explains every other symptom, so it is reported first.
    private void CheckEncoding()
    {
        var result = digest.Result;
        if (result.InvalidUtf8At is not { } offset) return;
        var (line, column) = ByteLocation.Find(utf8Path, offset, request.Delimiter ?? ',');
        throw ImportErrors.Undecodable(File, line, column, "UTF-8");
    }
}
