using Kura.Core;

namespace Kura.Storage.Intake;

/// <summary>Turns column profiles and the user's overrides into <see cref="ColumnPlan"/>s. Pure.</summary>
public static class ColumnPlanner
{
    /// <summary>Plans every header column; overrides must name header columns.</summary>
    public static IReadOnlyList<ColumnPlan> Plan(
        string file,
        IReadOnlyList<string> header,
        IReadOnlyList<ColumnProfile> profiles,
        IReadOnlyDictionary<string, ColumnType>? overrides,
        string? personKey)
    {
        var byName = new Dictionary<string, ColumnType>(overrides ?? new Dictionary<string, ColumnType>(), StringComparer.OrdinalIgnoreCase);
        foreach (var name in byName.Keys)
            if (!header.Contains(name, StringComparer.OrdinalIgnoreCase))
                throw ImportErrors.Option($"{file}: the type override names column '{name}', which the file does not have.");
        if (personKey is not null && !header.Contains(personKey, StringComparer.OrdinalIgnoreCase))
            throw ImportErrors.PersonKeyMissing(file, personKey);
        var plans = new ColumnPlan[header.Count];
        for (var i = 0; i < header.Count; i++)
        {
            var profile = profiles[i];
            var overridden = byName.TryGetValue(header[i], out var given);
            var type = overridden ? given : profile.InferredType;
            var isKey = string.Equals(header[i], personKey, StringComparison.OrdinalIgnoreCase);
            plans[i] = new ColumnPlan(header[i], type, profile.Scale, profile.DateNotation, isKey, overridden);
        }
        return plans;
    }

    /// <summary>Profiles of sample rows: one per header column; missing cells of short rows are skipped.</summary>
    public static IReadOnlyList<ColumnProfile> Profile(int width, IEnumerable<(long Line, string[] Fields)> rows)
    {
        var profiles = Enumerable.Range(0, width).Select(_ => new ColumnProfile()).ToArray();
        foreach (var (line, fields) in rows)
            for (var i = 0; i < Math.Min(width, fields.Length); i++)
                profiles[i].Observe(fields[i], line);
        return profiles;
    }
}
