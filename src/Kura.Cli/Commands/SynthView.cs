using System.Text.Json.Nodes;
using Kura.Core;
using Kura.Engine.Synthesis;

namespace Kura.Cli.Commands;

/// <summary>The JSON shape of <c>kura synth --json</c>: the release, its columns and domains, its cost and utility. No row values.</summary>
internal sealed record SynthView(
    string ReleaseId, string Project, string Dataset, string Method, bool PerPerson, string Output, string Manifest, string UtilityFile,
    string Sha256, long Bytes, int Rows, decimal Epsilon, decimal Delta, string Rho, IReadOnlyList<SynthView.ColumnView> Columns, JsonNode? Utility, long LedgerSequence,
    IReadOnlyList<string> LeftOut)
{
    public sealed record ColumnView(string Name, string Class, string Domain, int DomainSize);

    public static SynthView From(SyntheticOutcome o, string utilityPath) => new(
        o.ReleaseId, o.Project, o.Dataset, o.Method.ToString().ToLowerInvariant(), o.PerPerson, o.OutputPath, o.ManifestPath, utilityPath,
        o.File.Sha256, o.File.Bytes, o.Rows, o.Epsilon, o.Delta, o.Cost.Rho.ToDecimalString(8),
        [.. o.Columns.Select(c => new ColumnView(c.Name, c.Class.ToName(), c.DomainOrigin, c.Domain.Size))],
        JsonNode.Parse(o.UtilityJson), o.LedgerSequence, o.LeftOut);
}
