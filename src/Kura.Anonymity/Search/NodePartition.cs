namespace Kura.Anonymity.Search;

/// <summary>The equivalence classes of the chosen node and the class of every record.</summary>
/// <param name="Levels">Level per quasi-identifier.</param>
/// <param name="ClassSizes">Records per class.</param>
/// <param name="Released">Whether each class passed every privacy model (else its records are suppressed).</param>
/// <param name="RowClass">Class index of each record.</param>
/// <param name="ClassLabels">Label code of each quasi-identifier per class, class-major (classes × dimensions).</param>
/// <param name="PopulationSizes">Population records per class (same index), or null when no population was given.</param>
internal sealed record NodePartition(int[] Levels, int[] ClassSizes, bool[] Released, int[] RowClass, int[] ClassLabels, long[]? PopulationSizes);
