namespace Kura.Bench;

/// <summary>One named benchmark; `dotnet run --project bench/Kura.Bench -c Release -- NAME [args]` runs it.</summary>
public interface IBenchmark
{
    /// <summary>Short name used on the command line, e.g. <c>import</c>, <c>ledger</c>.</summary>
    string Name { get; }

    /// <summary>One line saying what is measured and against which baseline.</summary>
    string Description { get; }

    /// <summary>Runs the benchmark and prints its figures, each as a ratio against a baseline measured in the same run.</summary>
    Task<int> RunAsync(string[] args);
}
