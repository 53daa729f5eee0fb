using System.Globalization;
using Kura.Sql.Binding;

namespace Kura.Sql.Release;

/// <summary>
/// ORDER BY, OFFSET and LIMIT applied to released rows (post-processing of noisy values and released keys).
/// Without ORDER BY rows are ordered by their keys, so the order never reflects the backend's.
/// Missing keys sort last ascending and first descending; numbers and dates sort by value.
/// </summary>
internal static class ResultOrder
{
    public static IReadOnlyList<DpResultRow> Apply(Planning.DpQueryPlan plan, List<DpResultRow> rows)
    {
        var order = plan.OrderBy.Count > 0
            ? plan.OrderBy
            : plan.Outputs.Select((o, i) => (o, i)).Where(x => x.o.Key is not null).Select(x => new OrderSpec(x.i, false)).ToList();
        var comparer = Comparer<DpResultRow>.Create((a, b) =>
        {
            foreach (var spec in order)
            {
                var c = Compare(plan, spec.Output, a.Cells[spec.Output], b.Cells[spec.Output]);
                if (c != 0) return spec.Descending ? -c : c;
            }
            return 0;
        });
        IEnumerable<DpResultRow> sorted = rows.OrderBy(r => r, comparer).ThenBy(r => Identity(r), StringComparer.Ordinal);
        if (plan.Offset is { } offset) sorted = sorted.Skip((int)Math.Min(offset, int.MaxValue));
        if (plan.Limit is { } limit) sorted = sorted.Take((int)Math.Min(limit, int.MaxValue));
        return sorted.ToList();
    }

    private static string Identity(DpResultRow row) =>
        ExactGroups.Identity(row.Cells.Where(c => c.Estimate is null).Select(c => c.Key).ToList());

    private static int Compare(Planning.DpQueryPlan plan, int output, DpCell a, DpCell b)
    {
        if (a.Estimate is { } x && b.Estimate is { } y) return x.Value.CompareTo(y.Value);
        if (a.Key is null || b.Key is null) return (a.Key is null ? 1 : 0) - (b.Key is null ? 1 : 0);
        var type = plan.Keys[plan.Outputs[output].Key!.Value].Type;
        if (type is SqlType.Integer or SqlType.Number
            && decimal.TryParse(a.Key, NumberStyles.Float, CultureInfo.InvariantCulture, out var m)
            && decimal.TryParse(b.Key, NumberStyles.Float, CultureInfo.InvariantCulture, out var n))
            return m.CompareTo(n);
        return string.CompareOrdinal(a.Key, b.Key);
    }
}
