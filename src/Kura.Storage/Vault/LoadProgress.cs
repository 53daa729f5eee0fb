using Kura.Engine.Intake;

namespace Kura.Storage.Vault;

/// <summary>Reports DuckDB's progress on the running load as stage <c>loading</c>, in source bytes, every quarter second.</summary>
internal sealed class LoadProgress : IDisposable
{
    private readonly Timer? _timer;

    public LoadProgress(VaultConnection connection, IProgress<ImportProgress>? progress, long totalBytes)
    {
        if (progress is null) return;
        progress.Report(new ImportProgress("loading", 0, totalBytes));
        _timer = new Timer(_ =>
        {
            if (connection.Progress() is { } fraction)
                progress.Report(new ImportProgress("loading", (long)(fraction * totalBytes), totalBytes));
        }, null, 250, 250);
    }

    public void Dispose() => _timer?.Dispose();
}
