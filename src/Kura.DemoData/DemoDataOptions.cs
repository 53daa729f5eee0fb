namespace Kura.DemoData;

/// <summary>What <see cref="DemoDataGenerator.Write"/> produces. Immutable; validated when written.</summary>
public sealed record DemoDataOptions
{
    /// <summary>The seed used when none is given, so two default runs produce identical files.</summary>
    public const long DefaultSeed = 20_240_401;

    /// <summary>Largest supported patient count.</summary>
    public const int MaxPatients = 10_000_000;

    /// <summary>Directory that receives the three CSV files; created when missing; existing files are replaced.</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>Number of persons, 1 to <see cref="MaxPatients"/>; default 10,000 (≈ 100,000 claims).</summary>
    public int Patients { get; init; } = 10_000;

    /// <summary>Seed of the (non-cryptographic) generator; same seed and count give byte-identical files.</summary>
    public long Seed { get; init; } = DefaultSeed;

    /// <summary>
    /// File encoding: <c>utf-8</c> (default, no byte-order mark) or <c>shift_jis</c> (Windows code
    /// page 932, as Japanese systems export); <c>cp932</c> is accepted as an alias.
    /// </summary>
    public string Encoding { get; init; } = "utf-8";
}
