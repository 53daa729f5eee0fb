using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Kura.Policy;

/// <summary>Typed access to YAML nodes that fails with the node's line and column.</summary>
internal static class YamlNodes
{
    public static YamlMappingNode Mapping(YamlNode node, string what) =>
        node as YamlMappingNode ?? throw PolicyFileError.At(node, $"{what} must be a mapping (key: value pairs).");

    public static YamlSequenceNode Sequence(YamlNode node, string what) =>
        node as YamlSequenceNode ?? throw PolicyFileError.At(node, $"{what} must be a list.");

    public static string Text(YamlNode node, string what)
    {
        if (node is not YamlScalarNode { Value: { } value })
            throw PolicyFileError.At(node, $"{what} must be a single value.");
        if (value.Length == 0)
            throw PolicyFileError.At(node, $"{what} must not be empty.");
        return value;
    }

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: not (YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted) } s
        && (s.Value is null or "" or "null" or "~");

    public static YamlNode Required(YamlMappingNode map, string key, string what) =>
        Optional(map, key) ?? throw PolicyFileError.At(map, $"{what} is missing '{key}'.");

    public static YamlNode? Optional(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    /// <summary>Refuses keys outside <paramref name="allowed"/>, which catches misspelt fields.</summary>
    public static void OnlyKeys(YamlMappingNode map, string what, params string[] allowed)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value;
            if (name is null || !allowed.Contains(name, StringComparer.Ordinal))
                throw PolicyFileError.At(key, $"Unknown field '{name}' in {what}. Allowed: {string.Join(", ", allowed)}.");
        }
    }

    public static IEnumerable<(string Key, YamlScalarNode KeyNode, YamlNode Value)> Entries(YamlMappingNode map) =>
        map.Children.Select(kv => (Text(kv.Key, "A key"), (YamlScalarNode)kv.Key, kv.Value));

    public static IReadOnlyList<string> TextList(YamlNode node, string what) =>
        [.. Sequence(node, what).Children.Select(c => Text(c, $"An item of {what}"))];

    public static long Integer(YamlNode node, string what) =>
        long.TryParse(Text(node, what), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
            ? n : throw PolicyFileError.At(node, $"{what} must be a whole number.");

    public static bool Boolean(YamlNode node, string what) => Text(node, what) switch
    {
        "true" => true,
        "false" => false,
        _ => throw PolicyFileError.At(node, $"{what} must be true or false."),
    };

    public static DateOnly Date(YamlNode node, string what) =>
        DateOnly.TryParseExact(Text(node, what), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw PolicyFileError.At(node, $"{what} must be a date written yyyy-MM-dd.");

    public static LocalizedText Localized(YamlNode node, string what)
    {
        var map = Mapping(node, what);
        OnlyKeys(map, what, "ja", "en");
        return new LocalizedText(
            Text(Required(map, "ja", what), $"{what} (ja)"),
            Text(Required(map, "en", what), $"{what} (en)"));
    }
}
