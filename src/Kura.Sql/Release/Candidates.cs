using Kura.Sql.Planning;

namespace Kura.Sql.Release;

/// <summary>
/// The groups considered for release. Public keys: every combination of the declared domains, whether or not
/// any row has it (its exact value is then 0). Otherwise: the groups the backend found, restricted to declared
/// domains where a key has one; partition selection then decides. Ordered by key text, not by backend order.
/// </summary>
internal static class Candidates
{
    public static IEnumerable<IReadOnlyList<string?>> Of(DpQueryPlan plan, Dictionary<string, ExactGroup> exact)
    {
        if (plan.PublicKeys) return Product(plan.Keys.Select(k => k.Domain!).ToList());
        return exact.Values
            .Where(g => g.Keys.Select((key, i) => plan.Keys[i].Domain is not { } domain || (key is not null && domain.Contains(key))).All(ok => ok))
            .OrderBy(g => ExactGroups.Identity(g.Keys), StringComparer.Ordinal)
            .Select(g => g.Keys);
    }

    private static IEnumerable<IReadOnlyList<string?>> Product(IReadOnlyList<IReadOnlyList<string>> domains)
    {
        IEnumerable<IReadOnlyList<string?>> tuples = [Array.Empty<string?>()];
        foreach (var domain in domains)
        {
            var current = domain;
            tuples = tuples.SelectMany(t => current.Select(v => (IReadOnlyList<string?>)[.. t, v])).ToList();
        }
        return tuples;
    }
}
