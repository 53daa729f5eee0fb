namespace Kura.Core;

/// <summary>A named set of vault tables linked by one privacy unit.</summary>
public sealed record Dataset(string Name, PrivacyUnit Unit, IReadOnlyList<VaultTable> Tables, DateTimeOffset CreatedAt)
{
    /// <summary>
    /// True once an incident has recorded that this dataset's data was acquired fraudulently; the
    /// policy then refuses every release of it (APPI Art. 20(1)). Default false.
    /// </summary>
    public bool FraudulentlyAcquired { get; init; }

    public VaultTable? FindTable(string name) =>
        Tables.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));
}
