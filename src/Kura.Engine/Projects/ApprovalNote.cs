using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kura.Engine.Projects;

/// <summary>
/// What Kura stores with each steward approval (in <see cref="Kura.Core.Approval.Note"/>): the OS user
/// who ran the command, the scope the steward saw (hash of the project's effective columns, their
/// classes and the declared data categories) and the decision approved (policy hash, regime, outcome,
/// fired rules). An approval counts only while all three still hold.
/// </summary>
/// <param name="Actor">The OS user (or authenticated principal) that recorded the approval.</param>
/// <param name="Scope">The <see cref="ProjectScope.Hash"/> approved.</param>
/// <param name="Decision">The decision key approved; see <c>KuraEngine.DecisionKey</c>.</param>
public sealed record ApprovalNote(string? Actor, string? Scope, string? Decision)
{
    /// <summary>The note as stored.</summary>
    public string Format() => new JsonObject { ["actor"] = Actor, ["scope"] = Scope, ["decision"] = Decision }.ToJsonString();

    /// <summary>Reads a stored note; a note from before Kura recorded these (free text or none) has all fields null.</summary>
    public static ApprovalNote Parse(string? note)
    {
        if (string.IsNullOrWhiteSpace(note) || !note.TrimStart().StartsWith('{')) return new ApprovalNote(null, null, null);
        try
        {
            var json = JsonNode.Parse(note) as JsonObject;
            return new ApprovalNote(Text(json, "actor"), Text(json, "scope"), Text(json, "decision"));
        }
        catch (JsonException) { return new ApprovalNote(null, null, null); }
    }

    private static string? Text(JsonObject? json, string key) =>
        json?[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
