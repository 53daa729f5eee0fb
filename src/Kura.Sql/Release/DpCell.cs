namespace Kura.Sql.Release;

/// <summary>One released cell: a group key's canonical text (null for a missing key) or a noisy estimate.</summary>
public sealed record DpCell(string? Key, NoisyEstimate? Estimate)
{
    public static DpCell ForKey(string? key) => new(key, null);

    public static DpCell ForEstimate(NoisyEstimate estimate) => new(null, estimate);

    public override string ToString() => Estimate?.ToString() ?? Key ?? "NULL";
}
