using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using System.Security.Cryptography;
using Kura.Privacy.Arithmetic;
using Kura.Privacy.Sampling;

namespace Kura.Bench;

/// <summary>
/// Draws per second of Kura's exact samplers against, in the same run, the textbook floating-point
/// Gaussian (Box–Muller) fed by the same CSPRNG: the price of exactness.
/// Usage: <c>samplers [--draws N]</c> (default 1,000,000 per sampler).
/// </summary>
public sealed class PrivacyBench : IBenchmark
{
    public string Name => "samplers";

    public string Description => "exact sampler draws/s as a ratio of a floating-point CSPRNG Gaussian (Box-Muller)";

    public Task<int> RunAsync(string[] args)
    {
        var draws = int.Parse(Option(args, "--draws") ?? "1000000", CultureInfo.InvariantCulture);
        var rng = new CryptoRandomBits();
        var baseline = Rate(draws, FloatingGaussian());
        Console.WriteLine($"{"sampler",-44} {"draws/s",14} {"ratio",8}");
        Report("float Box-Muller from CSPRNG (baseline)", baseline, baseline);
        Report("BernoulliExp(1/3)", Rate(draws, () => BernoulliExpSampler.Sample(new Rational(1, 3), rng)), baseline);
        Report("BernoulliExp(5/2)", Rate(draws, () => BernoulliExpSampler.Sample(new Rational(5, 2), rng)), baseline);
        foreach (var text in new[] { "1", "10", "10000", "123456789/1000000000000000000000000" })
        {
            var scale = Rational.Parse(text);
            Report($"DiscreteLaplace(scale={Short(text)})", Rate(draws, () => DiscreteLaplaceSampler.Sample(scale, rng)), baseline);
        }
        foreach (var sigmaSquared in new[] { "1/2", "10", "10000", "1e12", "1e40", "100000000000000000000000001/1000000000000000000000000" })
        {
            var s2 = Rational.Parse(sigmaSquared);
            Report($"DiscreteGaussian(sigma2={Short(sigmaSquared)})", Rate(draws, () => DiscreteGaussianSampler.Sample(s2, rng)), baseline);
        }
        return Task.FromResult(0);
    }

    private static Func<double> FloatingGaussian()
    {
        // Same buffering as CryptoRandomBits (1 KiB blocks) so the comparison is about the arithmetic.
        var buffer = new byte[1024];
        var offset = buffer.Length;
        double Uniform()
        {
            if (offset == buffer.Length)
            {
                RandomNumberGenerator.Fill(buffer);
                offset = 0;
            }
            var value = (BinaryPrimitives.ReadUInt64LittleEndian(buffer.AsSpan(offset)) >> 11) * (1.0 / (1UL << 53));
            offset += 8;
            return value;
        }
        return () => Math.Sqrt(-2 * Math.Log(1 - Uniform())) * Math.Cos(2 * Math.PI * Uniform());
    }

    private static double Rate<T>(int draws, Func<T> draw)
    {
        // Warm-up long enough for tiered compilation to reach optimised code.
        for (var i = 0; i < Math.Max(200_000, draws / 5); i++)
            draw();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < draws; i++)
            draw();
        return draws / watch.Elapsed.TotalSeconds;
    }

    private static void Report(string label, double rate, double baseline) =>
        Console.WriteLine($"{label,-44} {rate,14:N0} {rate / baseline,8:F2}");

    private static string Short(string text) => text.Length > 16 ? text[..8] + "…" : text;

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
