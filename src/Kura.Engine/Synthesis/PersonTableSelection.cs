namespace Kura.Engine.Synthesis;

/// <summary>
/// What <see cref="Ports.IVault.ReadPersonRows"/> computes: one row per person found in any of the features' tables
/// of <paramref name="Schema"/> (the dataset's release schema, so excluded persons are never read), one value per
/// feature in text form: the rank-1 row's value (category), whole years on <paramref name="Today"/> (age),
/// min(count, cap) (count, never null) or the total (sum, 0 without rows).
/// </summary>
/// <param name="Schema">The release schema to read.</param>
/// <param name="PersonKey">The person-key column every feature table holds.</param>
/// <param name="Features">The features, in output order.</param>
/// <param name="Today">The day ages are counted on.</param>
public sealed record PersonTableSelection(string Schema, string PersonKey, IReadOnlyList<PersonFeatureSpec> Features, DateOnly Today);
