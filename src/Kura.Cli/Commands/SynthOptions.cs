using System.CommandLine;
using Kura.Core;
using Kura.Engine.Extracts;
using Kura.Engine.Synthesis;
using Kura.Synthesis;

namespace Kura.Cli.Commands;

/// <summary>The options of <c>kura synth</c> and their mapping to a <see cref="SyntheticRequest"/>.</summary>
internal sealed class SynthOptions
{
    private readonly Option<string> _project = new("--project") { Description = "Approved project paying for the synthetic data.", Required = true };
    private readonly Option<decimal> _epsilon = NumberOptions.Decimal("--epsilon", "ε of the whole synthesis: it alone is (ε, δ)-DP per person; spends ρ = the largest zCDP ρ within (ε, δ).");
    private readonly Option<decimal?> _delta = NumberOptions.OptionalDecimal("--delta", "δ of the conversion (default: the project's δ).");
    private readonly Option<int> _rows = new("--rows") { Description = "Synthetic rows to write.", Required = true };
    private readonly Option<FileInfo> _out = new("--out") { Description = "File to create (never overwritten); FILE.manifest.json and FILE.utility.json go beside it.", Required = true };
    private readonly Option<string?> _dataset = new("--dataset") { Description = "Dataset, when the project has several." };
    private readonly Option<string?> _table = new("--table") { Description = "Table to synthesise (one row per person: each person's rank-1 row)." };
    private readonly Option<string[]> _columns = new("--columns") { Description = "Columns (COLUMN or TABLE.COLUMN), comma-separated; default every releasable column with a declared domain." };
    private readonly Option<string?> _method = new("--method") { Description = "mst or aim (default: aim when --workload is given, else mst)." };
    private readonly Option<string[]> _workload = new("--workload") { Description = "AIM: marginals to fit well, e.g. age+sex,sex+salary (default: every pair)." };
    private readonly Option<string[]> _domains = new("--domain") { Description = "COLUMN=FILE: the column's values are the first field of each line of a hierarchy file; repeatable." };
    private readonly Option<string[]> _bins = new("--bins") { Description = "COLUMN=LOW:HIGH:WIDTH: numeric bins (values outside are clamped into the end bins); repeatable." };
    private readonly Option<bool> _perPerson = new("--per-person") { Description = "Synthesise one row per person built from --feature declarations (for multi-row data such as claims)." };
    private readonly Option<string[]> _features = new("--feature") { Description = "NAME=category:T.C | NAME=age:T.C:LOW:HIGH:WIDTH | NAME=count:T[.C=FROM..TO]:CAP | NAME=sumband:T.C:LOW:HIGH:WIDTH; repeatable." };
    private readonly Option<string?> _target = new("--target") { Description = "Column the rows should predict: MST measures it with every other column, and the report's classifier predicts it (default: the last categorical column)." };
    private readonly Option<bool> _noOther = new("--no-other") { Description = "Leave out rows with an undeclared category instead of mapping it to その他." };
    private readonly Option<string?> _format = new("--format") { Description = "csv or parquet (default: parquet for a .parquet file name, else csv)." };
    private readonly Option<string> _encoding = new("--encoding") { Description = "CSV text encoding: utf-8 or shift_jis.", DefaultValueFactory = _ => "utf-8" };

    public void AddTo(Command command)
    {
        _method.AcceptOnlyFromAmong("mst", "aim");
        _format.AcceptOnlyFromAmong("csv", "parquet");
        _encoding.AcceptOnlyFromAmong("utf-8", "shift_jis");
        foreach (var option in new Option[] { _project, _epsilon, _delta, _rows, _out, _dataset, _table, _columns, _method, _workload, _domains, _bins,
                     _perPerson, _features, _target, _noOther, _format, _encoding })
            command.Options.Add(option);
    }

    public SyntheticRequest Request(CliContext context)
    {
        var r = context.Result;
        var output = context.Value(_out);
        var features = r.GetValue(_features) ?? [];
        if (!context.Value(_perPerson) && features.Length > 0)
            throw KuraException.BadInput("KURA-SYNTH-PARAMETER", "--feature needs --per-person.");
        return new SyntheticRequest
        {
            Project = context.Value(_project),
            Epsilon = context.Value(_epsilon),
            Delta = r.GetValue(_delta),
            Rows = context.Value(_rows),
            OutputPath = output.FullName,
            Dataset = r.GetValue(_dataset),
            Table = r.GetValue(_table),
            Columns = List(r.GetValue(_columns), ','),
            Features = context.Value(_perPerson) ? [.. features.Select(PersonFeatureSpec.Parse)] : null,
            Method = r.GetValue(_method) switch { "mst" => SynthesisMethod.Mst, "aim" => SynthesisMethod.Aim, _ => null },
            Workload = List(r.GetValue(_workload), ',')?.Select(m => (IReadOnlyList<string>)m.Split('+', StringSplitOptions.TrimEntries)).ToList(),
            Domains = Domains(r.GetValue(_domains), r.GetValue(_bins)),
            Target = r.GetValue(_target),
            OtherBucket = !context.Value(_noOther),
            Format = (r.GetValue(_format) ?? (output.Extension.Equals(".parquet", StringComparison.OrdinalIgnoreCase) ? "parquet" : "csv")) == "parquet"
                ? ExtractFileFormat.Parquet : ExtractFileFormat.Csv,
            Encoding = context.Value(_encoding) == "shift_jis" ? ExtractTextEncoding.ShiftJis : ExtractTextEncoding.Utf8,
        };
    }

    // The host reads hierarchy files; the engine only ever sees their text.
    private static Dictionary<string, DomainDeclaration> Domains(string[]? files, string[]? bins)
    {
        var domains = new Dictionary<string, DomainDeclaration>(StringComparer.OrdinalIgnoreCase);
        foreach (var (column, file) in (files ?? []).Select(s => Split(s, "--domain", "COLUMN=FILE")))
        {
            if (!File.Exists(file)) throw KuraException.NotFound("KURA-SYNTH-DOMAIN-FILE", $"Domain file '{file}' for column '{column}' does not exist.");
            Add(domains, column, DomainDeclaration.OfHierarchy(column, File.ReadAllText(file)));
        }
        foreach (var (column, spec) in (bins ?? []).Select(s => Split(s, "--bins", "COLUMN=LOW:HIGH:WIDTH")))
            Add(domains, column, DomainDeclaration.OfBins(spec));
        return domains;
    }

    private static void Add(Dictionary<string, DomainDeclaration> domains, string column, DomainDeclaration domain)
    {
        if (!domains.TryAdd(column, domain))
            throw KuraException.BadInput("KURA-SYNTH-PARAMETER", $"Column '{column}' has two domains in --domain/--bins; give one.");
    }

    internal static (string Column, string Value) Split(string spec, string option, string form)
    {
        var eq = spec.IndexOf('=');
        if (eq <= 0 || eq == spec.Length - 1) throw KuraException.BadInput("KURA-SYNTH-PARAMETER", $"{option} '{spec}' is not {form}.");
        return (spec[..eq].Trim(), spec[(eq + 1)..].Trim());
    }

    private static List<string>? List(string[]? values, char separator)
    {
        var items = (values ?? []).SelectMany(v => v.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        return items.Count == 0 ? null : items;
    }
}
