using Kura.Core;

namespace Kura.Policy;

/// <summary>Refuses facts outside the vocabularies, so a typo in a caller cannot silently skip a rule.</summary>
internal static class FactsCheck
{
    public static void Check(FactScope scope)
    {
        foreach (var name in FactCatalog.Names)
        {
            var definition = FactCatalog.Find(name)!;
            if (definition.Vocabulary is null || definition.ColumnScoped) continue;
            IEnumerable<string> values = FactCatalog.Read(name, scope) switch
            {
                string text => [text],
                IReadOnlySet<string> set => set,
                _ => [],
            };
            var bad = values.FirstOrDefault(v => !definition.Vocabulary.Contains(v, StringComparer.Ordinal));
            if (bad is not null)
                throw KuraException.BadInput("KURA-POLICY-FACT-INVALID",
                    $"'{bad}' is not a valid value for '{name}'. Use one of: {string.Join(", ", definition.Vocabulary)}.");
        }
    }
}
