using System.Globalization;
using Kura.Core;
using Kura.Engine.Extracts;
using Kura.Synthesis;

namespace Kura.Engine.Synthesis;

/// <summary>Checks a <see cref="SyntheticRequest"/>'s own parameters before anything is looked up.</summary>
internal static class SyntheticValidation
{
    /// <summary>Held-out share of the real rows for the classifier test.</summary>
    public const double HoldoutFraction = 0.2;

    /// <summary><see cref="HoldoutFraction"/> as text for the manifest, e.g. "20%", in any culture.</summary>
    public static string HoldoutPercent => string.Create(CultureInfo.InvariantCulture, $"{HoldoutFraction * 100:0}%");

    public static void Check(SyntheticRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.OutputPath))
            throw Bad("KURA-SYNTH-PARAMETER", "Name the file to create with --out.");
        if (request.Epsilon <= 0)
            throw Bad("KURA-SYNTH-BUDGET", $"--epsilon must be greater than 0 (got {request.Epsilon}).");
        if (request.Delta is { } delta && (delta <= 0 || delta >= 1))
            throw Bad("KURA-SYNTH-BUDGET", $"--delta must be between 0 and 1, both excluded (got {delta}).");
        if (request.Rows < 1 || request.Rows > Synthesizer.MaxRows)
            throw Bad("KURA-SYNTH-ROWS", $"--rows must be between 1 and {Synthesizer.MaxRows} (got {request.Rows}).");
        if (request.Features is not null && (request.Columns is { Count: > 0 } || request.Table is not null))
            throw Bad("KURA-SYNTH-PARAMETER", "--per-person builds its columns from --feature; leave out --columns and --table.");
        if (request.Method == SynthesisMethod.Mst && request.Workload is { Count: > 0 })
            throw Bad("KURA-SYNTH-WORKLOAD", "--workload applies to AIM only; add --method aim or leave the workload out.");
        if (request.Format == ExtractFileFormat.Parquet && request.Encoding != ExtractTextEncoding.Utf8)
            throw Bad("KURA-SYNTH-PARAMETER", "--encoding applies to CSV only; Parquet text is always UTF-8.");
    }

    private static KuraException Bad(string code, string message) => KuraException.BadInput(code, message);
}
