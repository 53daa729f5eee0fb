using Kura.Core;
using Kura.Privacy.Sampling;
using Kura.Synthesis.Aim;
using Kura.Synthesis.Domains;
using Kura.Synthesis.Mst;

namespace Kura.Synthesis;

/// <summary>
/// The entry point: validates a <see cref="SynthesisRequest"/> completely before any measurement (a refused request
/// spends nothing), then runs MST or AIM, which spend exactly the request's ρ once. The result's cost is the sum
/// of what each step's public parameters imply, so a caller comparing it with its reservation checks the split. Pure: no I/O. Not thread-safe
/// with respect to a shared <see cref="IRandomBits"/>; use one per call.
/// </summary>
public static class Synthesizer
{
    /// <summary>Most synthetic rows one request may ask for.</summary>
    public const int MaxRows = 50_000_000;

    /// <summary>Most cells one marginal (or model clique) may have; keeps memory bounded.</summary>
    public const long MaxMarginalCells = 4_000_000;

    /// <summary>
    /// Fits and samples. <paramref name="randomness"/> defaults to <see cref="CryptoRandomBits"/> and feeds both the
    /// noise and the sampling. Throws <see cref="KuraException"/> (bad input) before spending anything when the
    /// request is invalid.
    /// </summary>
    public static SynthesisResult Synthesize(SynthesisRequest request, IRandomBits? randomness = null)
    {
        Validate(request);
        var rng = randomness ?? new CryptoRandomBits();
        return request.Method == SynthesisMethod.Aim
            ? AimSynthesizer.Run(request, AimWorkload.Resolve(request.Table, request.Workload!), rng)
            : MstSynthesizer.Run(request, rng);
    }

    /// <summary>
    /// Whether MST can be built around <paramref name="target"/>: its cliques are (target, a, b) for tree edges a–b
    /// chosen privately, so every such triple must stay within <see cref="MaxMarginalCells"/>. Decided from the
    /// public domain sizes only.
    /// </summary>
    public static bool TargetFits(EncodedTable table, string target)
    {
        ArgumentNullException.ThrowIfNull(table);
        var t = table.IndexOf(target);
        if (t < 0 || table.ColumnCount < 2) return false;
        var others = table.Shape().Where((_, c) => c != t).Select(size => (long)size).OrderDescending().Take(2).ToArray();
        return others.Aggregate((long)table.Shape()[t], (cells, size) => cells * size) <= MaxMarginalCells;
    }

    private static void ValidateTarget(EncodedTable table, string target)
    {
        if (table.IndexOf(target) < 0)
            throw KuraException.BadInput("KURA-SYNTH-TARGET", $"The target '{target}' is not one of the synthesised columns.");
        if (table.ColumnCount < 2)
            throw KuraException.BadInput("KURA-SYNTH-TARGET", "A target column needs at least one other synthesised column.");
        if (!TargetFits(table, target))
            throw KuraException.BadInput("KURA-SYNTH-DOMAIN-TOO-LARGE",
                $"Built around '{target}', the model would hold the target with two other columns: more than {MaxMarginalCells} value combinations. Declare coarser domains, or use --method aim.");
    }

    /// <summary>Checks a request without running it; throws what <see cref="Synthesize"/> would throw.</summary>
    public static void Validate(SynthesisRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Table);
        if (request.Rho.Sign <= 0)
            throw KuraException.BadInput("KURA-SYNTH-BUDGET", "The synthesis budget rho must be greater than 0; give a positive epsilon.");
        if (request.Rows < 1 || request.Rows > MaxRows)
            throw KuraException.BadInput("KURA-SYNTH-ROWS", $"The number of synthetic rows must be between 1 and {MaxRows} (got {request.Rows}).");
        if (request.FitIterations is < 100 or > 100_000)
            throw KuraException.BadInput("KURA-SYNTH-ITERATIONS", $"Fit iterations must be between 100 and 100000 (got {request.FitIterations}).");
        if (!Enum.IsDefined(request.Method))
            throw KuraException.BadInput("KURA-SYNTH-METHOD", "Unknown synthesis method; use mst or aim.");
        var shape = request.Table.Shape();
        for (var a = 0; a < shape.Length; a++)
        for (var b = a + 1; b < shape.Length; b++)
        {
            if ((long)shape[a] * shape[b] > MaxMarginalCells)
                throw KuraException.BadInput("KURA-SYNTH-DOMAIN-TOO-LARGE",
                    $"Columns '{request.Table.Domains[a].Column}' and '{request.Table.Domains[b].Column}' together have more than {MaxMarginalCells} value combinations; declare coarser domains.");
        }
        if (request.Target is not null)
            ValidateTarget(request.Table, request.Target);
        if (request.Method == SynthesisMethod.Aim)
        {
            if (request.Workload is null || request.Workload.Count == 0)
                throw KuraException.BadInput("KURA-SYNTH-WORKLOAD", "AIM needs a workload: name the marginals you care about (for example age,sex and sex,salary).");
            AimWorkload.Resolve(request.Table, request.Workload);
        }
    }
}
