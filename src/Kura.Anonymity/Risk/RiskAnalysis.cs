using Kura.Anonymity.Search;

namespace Kura.Anonymity.Risk;

/// <summary>Computes a <see cref="RiskReport"/> from the chosen node's classes.</summary>
internal static class RiskAnalysis
{
    public static RiskReport Of(NodePartition partition)
    {
        int classes = 0, records = 0, smallest = int.MaxValue, atSmallest = 0;
        long smallestPopulation = long.MaxValue;
        double populationTotal = 0, marketer = 0;
        for (var c = 0; c < partition.ClassSizes.Length; c++)
        {
            if (!partition.Released[c]) continue;
            var f = partition.ClassSizes[c];
            // A population that is not a superset of the sample is corrected upward to f (never below the sample).
            var population = Math.Max(f, partition.PopulationSizes?[c] ?? f);
            classes++;
            records += f;
            populationTotal += population;
            marketer += (double)f / population;
            smallestPopulation = Math.Min(smallestPopulation, population);
            if (f < smallest) (smallest, atSmallest) = (f, f);
            else if (f == smallest) atSmallest += f;
        }
        if (records == 0) return new RiskReport(0, 0, 0, 0, 0, partition.PopulationSizes is null, 0);
        return new RiskReport(
            ProsecutorHighest: 1.0 / smallest,
            ProsecutorAverage: (double)classes / records,
            JournalistHighest: 1.0 / smallestPopulation,
            JournalistAverage: classes / populationTotal,
            Marketer: marketer / records,
            PopulationIsSample: partition.PopulationSizes is null,
            RecordsAtHighestRisk: atSmallest);
    }
}
