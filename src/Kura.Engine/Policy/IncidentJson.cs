using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Kura.Policy;

namespace Kura.Engine.Policy;

/// <summary>The catalog's JSON form of an <see cref="IncidentAssessment"/> (same conventions as <see cref="PolicyDecision.ToJson"/>).</summary>
public static class IncidentJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public static string ToJson(IncidentAssessment assessment) => JsonSerializer.Serialize(assessment, Options);

    public static IncidentAssessment FromJson(string json) =>
        JsonSerializer.Deserialize<IncidentAssessment>(json, Options) ?? throw new JsonException("A stored incident assessment was empty.");
}
