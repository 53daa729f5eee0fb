using DuckDB.NET.Data;
using Kura.Core;
using Kura.Engine.Intake;
using Kura.Storage.Intake;

namespace Kura.Storage.Vault;

/// <summary>
/// Stages one Parquet file through DuckDB's read_parquet. Types come from the file's schema (overrides
/// apply); problems are reported by 1-based row number, found with read_parquet's file_row_number.
/// </summary>
internal sealed class ParquetImport(VaultConnection connection, ImportRequest request, int rowsPerPerson)
{
    private string File => request.FilePath;
    private string Source => $"read_parquet({SqlText.Literal(File)})";

    /// <summary>True when the file starts with the Parquet magic bytes <c>PAR1</c>.</summary>
    public static bool IsParquet(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        Span<byte> magic = stackalloc byte[4];
        return stream.Read(magic) == 4 && magic.SequenceEqual("PAR1"u8);
    }

    public StagedImport Stage(IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var digest = Task.Run(() => SourceDigest.Run(File, validateUtf8: false, progress, cancellationToken), cancellationToken);
        var schema = Describe();
        var names = schema.Select(s => s.Name).ToList();
        CsvHeader.Validate(File, names);
        var profiles = names.Select(_ => new ColumnProfile()).ToList();
        var plans = ColumnPlanner.Plan(File, names, profiles, request.TypeOverrides, request.Unit.Column)
            .Select((p, i) => p.Overridden ? p : p with { Type = ParquetColumns.Infer(schema[i].Type) }).ToList();
        var columns = string.Join(", ", plans.Select((p, i) => $"{ParquetColumns.Expression(p, schema[i].Type, i)} AS {SqlText.Identifier(p.Name)}"));
        var key = plans.FirstOrDefault(p => p.IsPersonKey)?.Name;
        var staging = new StagingArea(connection, request.Dataset, request.Table);
        try
        {
            Load(staging, RankAssignment.Select(columns, Source, key), plans, schema, progress, cancellationToken);
            var counts = connection.Query(
                $"SELECT count(*), count(*) FILTER (WHERE {SqlText.Identifier(VaultColumns.Rank)} = 1) FROM {staging.QualifiedStage}")[0];
            if ((long)counts[0]! == 0) throw ImportErrors.NoRows(File);
            var table = new VaultTable(request.Table,
                plans.Select(p => new Column(p.Name, p.Type, p.IsPersonKey ? ColumnClass.PersonKey : ColumnClass.Ordinary)).ToList(),
                (long)counts[0]!, (long)counts[1]!, rowsPerPerson);
            return new DuckDbStagedImport(staging, table, "parquet", digest.Result.Sha256, request.Replace);
        }
        catch
        {
            staging.Dispose();
            try { digest.Wait(CancellationToken.None); } catch (AggregateException) { }
            throw;
        }
    }

    private void Load(StagingArea staging, string select, IReadOnlyList<ColumnPlan> plans, IReadOnlyList<(string Name, string Type)> schema,
        IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        try
        {
            using (new LoadProgress(connection, progress, new FileInfo(File).Length))
                staging.Load(select, cancellationToken);
        }
        catch (DuckDBException e)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var failure = LoadFailure.FromMessage(e.Message);
            var index = failure.Kind == "person-key" ? plans.ToList().FindIndex(p => p.IsPersonKey) : failure.PlanIndex ?? -1;
            if (index < 0) throw ImportErrors.Failed(File);
            var row = FirstRefusedRow(plans[index], schema[index].Type);
            var where = row is null ? "a row" : $"row {row}";
            throw failure.Kind == "person-key"
                ? ImportErrors.PersonKeyEmpty(File, where, plans[index].Name)
                : ImportErrors.TypeMismatch(File, where, plans[index].Name, plans[index].Type);
        }
    }

    private long? FirstRefusedRow(ColumnPlan plan, string duckType)
    {
        var rows = connection.Query(
            $"SELECT min(file_row_number) FROM read_parquet({SqlText.Literal(File)}, file_row_number = true) WHERE {ParquetColumns.Refused(plan, duckType)}");
        return rows[0][0] is long n ? n + 1 : null;
    }

    private List<(string Name, string Type)> Describe()
    {
        try
        {
            return connection.Query($"DESCRIBE SELECT * FROM {Source}")
                .Select(r => ((string)r[0]!, (string)r[1]!)).ToList();
        }
        catch (DuckDBException)
        {
            throw KuraException.BadInput("KURA-IMPORT-PARQUET", $"{File}: the file starts like Parquet but cannot be read as Parquet. Export it again.");
        }
    }
}
