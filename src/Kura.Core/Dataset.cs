namespace Kura.Core;

/// <summary>A named set of vault tables linked by one privacy unit.</summary>
public sealed record Dataset(string Name, PrivacyUnit Unit, IReadOnlyList<VaultTable> Tables, DateTimeOffset CreatedAt)
{
    public VaultTable? FindTable(string name) =>
        Tables.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));
}
