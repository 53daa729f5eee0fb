namespace Kura.Anonymity.Encoding;

/// <summary>Leaf codes of a population table's quasi-identifiers; a record with a value outside a hierarchy is left out.</summary>
internal static class PopulationCodes
{
    public static int[][] Encode(SourceTable population, AnonymizationSpec spec)
    {
        var qis = spec.QuasiIdentifiers;
        var columns = qis.Select(q => population.Column(q.Column)).ToArray();
        var kept = new List<int>[qis.Count];
        for (var d = 0; d < qis.Count; d++) kept[d] = new List<int>(population.RowCount);
        var codes = new int[qis.Count];
        for (var r = 0; r < population.RowCount; r++)
        {
            var known = true;
            for (var d = 0; d < qis.Count && known; d++)
            {
                codes[d] = qis[d].Hierarchy.LeafCode(columns[d][r]);
                known = codes[d] >= 0;
            }
            if (!known) continue;   // cannot be generalised, so it can only make F smaller: conservative
            for (var d = 0; d < qis.Count; d++) kept[d].Add(codes[d]);
        }
        return kept.Select(k => k.ToArray()).ToArray();
    }
}
