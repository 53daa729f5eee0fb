using System.CommandLine;
using Kura.Anonymity;
using Kura.Core;
using Kura.Engine.Extracts;

namespace Kura.Cli.Commands;

/// <summary>The options of <c>kura extract</c> and their mapping to an <see cref="ExtractRequest"/>.</summary>
internal sealed class ExtractOptions
{
    private readonly Option<string> _project = new("--project") { Description = "Approved project receiving the extract.", Required = true };
    private readonly Option<string> _kind = new("--kind") { Description = "pseudonymized (仮名加工情報) or anonymized (匿名加工情報).", Required = true };
    private readonly Option<string?> _dataset = new("--dataset") { Description = "Dataset, when the project has several." };
    private readonly Option<string[]> _tables = new("--table") { Description = "Table(s) to read, comma-separated or repeated; the first is the base, others are joined on the person key." };
    private readonly Option<string[]> _columns = new("--columns") { Description = "Columns to release (COLUMN or TABLE.COLUMN), comma-separated; default every column the rules allow." };
    private readonly Option<int?> _k = new("--k") { Description = "Anonymized: every equivalence class holds at least k persons (≥ 2)." };
    private readonly Option<decimal?> _l = NumberOptions.OptionalDecimal("--l", "Anonymized: l-diversity of every special-care column.");
    private readonly Option<string> _lKind = new("--l-kind") { Description = "distinct (default) or entropy l-diversity.", DefaultValueFactory = _ => "distinct" };
    private readonly Option<decimal?> _t = NumberOptions.OptionalDecimal("--t", "Anonymized: t-closeness of every special-care column, in (0, 1].");
    private readonly Option<decimal?> _suppression = NumberOptions.OptionalDecimal("--suppression-limit", "Anonymized: largest fraction of persons that may be suppressed (0.05 = 5%); default 0.");
    private readonly Option<string> _metric = new("--metric") { Description = "Anonymized: information loss to minimise: loss (default), discernibility or entropy.", DefaultValueFactory = _ => "loss" };
    private readonly Option<string[]> _hierarchies = new("--hierarchy") { Description = "Anonymized: COLUMN=FILE (ARX layout: value;level1;…;*) or COLUMN=* (exact or nothing); repeatable." };
    private readonly Option<int?> _rare = new("--rare-threshold") { Description = "Categories held by fewer persons are replaced by その他; default 5. Anonymized: at least k (default the larger of 5 and k). Pseudonymized: 1 keeps them." };
    private readonly Option<string?> _format = new("--format") { Description = "csv or parquet (default: parquet for a .parquet file name, else csv)." };
    private readonly Option<string> _encoding = new("--encoding") { Description = "CSV text encoding: utf-8 or shift_jis.", DefaultValueFactory = _ => "utf-8" };
    private readonly Option<FileInfo> _out = new("--out") { Description = "File to create (never overwritten); the manifest goes beside it as FILE.manifest.json.", Required = true };

    public void AddTo(Command command)
    {
        _kind.AcceptOnlyFromAmong("pseudonymized", "anonymized");
        _lKind.AcceptOnlyFromAmong("distinct", "entropy");
        _metric.AcceptOnlyFromAmong("loss", "discernibility", "entropy");
        _format.AcceptOnlyFromAmong("csv", "parquet");
        _encoding.AcceptOnlyFromAmong("utf-8", "shift_jis");
        foreach (var option in new Option[] { _project, _kind, _dataset, _tables, _columns, _k, _l, _lKind, _t, _suppression, _metric, _hierarchies, _rare, _format, _encoding, _out })
            command.Options.Add(option);
    }

    public ExtractRequest Request(CliContext context)
    {
        var r = context.Result;
        var output = context.Value(_out);
        return new ExtractRequest
        {
            Project = context.Value(_project),
            Kind = context.Value(_kind) == "anonymized" ? ExtractKind.Anonymized : ExtractKind.Pseudonymized,
            OutputPath = output.FullName,
            Dataset = r.GetValue(_dataset),
            Tables = List(r.GetValue(_tables)),
            Columns = List(r.GetValue(_columns)),
            K = r.GetValue(_k),
            L = (double?)r.GetValue(_l),
            LKind = context.Value(_lKind) == "entropy" ? DiversityKind.Entropy : DiversityKind.Distinct,
            T = (double?)r.GetValue(_t),
            SuppressionLimit = (double)(r.GetValue(_suppression) ?? 0m),
            Metric = context.Value(_metric) switch { "discernibility" => QualityMetric.Discernibility, "entropy" => QualityMetric.NonUniformEntropy, _ => QualityMetric.Loss },
            Hierarchies = [.. (r.GetValue(_hierarchies) ?? []).Select(ReadHierarchy)],
            RareValueThreshold = r.GetValue(_rare),
            Format = (r.GetValue(_format) ?? (output.Extension.Equals(".parquet", StringComparison.OrdinalIgnoreCase) ? "parquet" : "csv")) == "parquet"
                ? ExtractFileFormat.Parquet : ExtractFileFormat.Csv,
            Encoding = context.Value(_encoding) == "shift_jis" ? ExtractTextEncoding.ShiftJis : ExtractTextEncoding.Utf8,
        };
    }

    private static IReadOnlyList<string>? List(string[]? values)
    {
        var items = (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        return items.Count == 0 ? null : items;
    }

    // The host reads the file; the engine parses and checks it against the data.
    private static HierarchyInput ReadHierarchy(string spec)
    {
        var eq = spec.IndexOf('=');
        if (eq <= 0 || eq == spec.Length - 1)
            throw KuraException.BadInput("KURA-EXTRACT-PARAMETER", $"--hierarchy '{spec}' is not COLUMN=FILE or COLUMN=*.");
        var (column, file) = (spec[..eq].Trim(), spec[(eq + 1)..].Trim());
        if (file == "*") return new HierarchyInput(column, "*", null);
        if (!File.Exists(file))
            throw KuraException.NotFound("KURA-EXTRACT-HIERARCHY-FILE", $"Hierarchy file '{file}' for column '{column}' does not exist.");
        return new HierarchyInput(column, Path.GetFileName(file), File.ReadAllText(file));
    }
}
