using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using static Kura.Policy.YamlNodes;

namespace Kura.Policy;

/// <summary>
/// Reads and validates a policy file in one pass, so every problem is reported at its line and
/// column. Nothing here touches the file system.
/// </summary>
internal sealed partial class PolicyReader
{
    public const int SupportedSchema = 1;

    private static readonly string[] StatusTags = ["confirmed", "reported", "unverified", "ordinance", "kura"];

    private readonly Dictionary<string, PolicyParameter> _parameters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PolicyStep> _steps = new(StringComparer.Ordinal);
    private readonly List<Regime> _regimes = [];

    public static Policy Read(string text)
    {
        var root = LoadRoot(text);
        return new PolicyReader().ReadRoot(root);
    }

    private static YamlMappingNode LoadRoot(string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw PolicyFileError.At(e.Start, $"The file is not valid YAML ({FirstLine(e.Message)}).");
        }
        if (stream.Documents.Count != 1)
            throw PolicyFileError.At(Mark.Empty, "The file must hold exactly one YAML document.");
        return Mapping(stream.Documents[0].RootNode, "The file");
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim().TrimEnd('.');

    private Policy ReadRoot(YamlMappingNode root)
    {
        OnlyKeys(root, "the file", "schema", "version", "regime", "regimes", "parameters", "steps", "rules");
        var schemaNode = Required(root, "schema", "The file");
        if (Integer(schemaNode, "schema") != SupportedSchema)
            throw PolicyFileError.At(schemaNode, $"Schema {Text(schemaNode, "schema")} is not supported; this Kura reads schema {SupportedSchema}.");
        var version = Text(Required(root, "version", "The file"), "version");
        ReadParameters(Mapping(Required(root, "parameters", "The file"), "parameters"));
        ReadRegimes(Sequence(Required(root, "regimes", "The file"), "regimes"));
        var selected = ReadSelectedRegime(Required(root, "regime", "The file"));
        ReadSteps(Mapping(Required(root, "steps", "The file"), "steps"));
        var rules = ReadRules(Sequence(Required(root, "rules", "The file"), "rules"));
        return new Policy(SupportedSchema, version, selected, _regimes, [.. _parameters.Values], [.. _steps.Values], rules);
    }

    private string ReadSelectedRegime(YamlNode node)
    {
        var id = Text(node, "regime");
        if (!_regimes.Any(r => r.Id == id))
            throw PolicyFileError.At(node, $"Selected regime '{id}' is not declared under 'regimes' ({string.Join(", ", _regimes.Select(r => r.Id))}).");
        return id;
    }

    private void ReadRegimes(YamlSequenceNode list)
    {
        foreach (var item in list.Children)
        {
            var map = Mapping(item, "A regime");
            OnlyKeys(map, "a regime", "id", "effectiveFrom", "fallback", "description");
            var idNode = Required(map, "id", "A regime");
            var id = Text(idNode, "A regime id");
            if (!PolicyVocabulary.Regimes.Contains(id))
                throw PolicyFileError.At(idNode, $"Unknown regime '{id}'. Kura knows: {string.Join(", ", PolicyVocabulary.Regimes)}.");
            if (_regimes.Any(r => r.Id == id))
                throw PolicyFileError.At(idNode, $"Regime '{id}' is declared twice.");
            var (date, parameter) = ReadRegimeStart(Required(map, "effectiveFrom", $"Regime '{id}'"));
            var fallback = Optional(map, "fallback") is { } f ? ReadFallback(f, id) : null;
            if (parameter is not null && fallback is null)
                throw PolicyFileError.At(map, $"Regime '{id}' starts on a parameter date, so it needs a 'fallback' regime for the time before.");
            _regimes.Add(new Regime(id, date, parameter, fallback, Localized(Required(map, "description", $"Regime '{id}'"), $"the description of regime '{id}'")));
        }
        if (_regimes.Count == 0)
            throw PolicyFileError.At(list, "At least one regime must be declared.");
    }

    private (DateOnly?, string?) ReadRegimeStart(YamlNode node)
    {
        var text = Text(node, "effectiveFrom");
        if (!text.StartsWith('$')) return (Date(node, "effectiveFrom"), null);
        var name = text[1..];
        if (!_parameters.TryGetValue(name, out var p) || p.Type != ParameterType.Date)
            throw PolicyFileError.At(node, $"effectiveFrom refers to '{name}', which is not a declared date parameter.");
        return (null, name);
    }

    private string ReadFallback(YamlNode node, string id)
    {
        var fallback = Text(node, "fallback");
        var target = _regimes.FirstOrDefault(r => r.Id == fallback);
        if (target is null || target.StartDate is null)
            throw PolicyFileError.At(node, $"Regime '{id}' falls back to '{fallback}', which must be declared earlier with a fixed start date.");
        return fallback;
    }

    private static IReadOnlyList<string> ReadStatus(YamlNode node, string what)
    {
        var tags = TextList(node, what);
        var bad = tags.FirstOrDefault(t => !StatusTags.Contains(t));
        if (bad is not null || tags.Count == 0)
            throw PolicyFileError.At(node, $"{what} must list one or more of {string.Join(", ", StatusTags)}{(bad is null ? "" : $" (got '{bad}')")}.");
        return tags;
    }

    [GeneratedRegex(@"\{([A-Za-z0-9_.]+)\}")]
    private static partial Regex Placeholder();

    /// <summary>Checks that every <c>{name}</c> in a description is a declared parameter.</summary>
    private LocalizedText ReadDescription(YamlNode node, string what)
    {
        var text = Localized(node, what);
        foreach (var part in new[] { text.Ja, text.En })
            foreach (Match m in Placeholder().Matches(part))
                if (!_parameters.ContainsKey(m.Groups[1].Value))
                    throw PolicyFileError.At(node, $"{what} cites '{{{m.Groups[1].Value}}}', which is not a declared parameter.");
        return text;
    }
}
