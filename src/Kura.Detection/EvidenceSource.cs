namespace Kura.Detection;

/// <summary>What a <see cref="ColumnProposal"/> rests on.</summary>
public enum EvidenceSource
{
    /// <summary>No rule matched; the column is proposed as ordinary.</summary>
    None,
    /// <summary>The column name matched a keyword rule.</summary>
    Name,
    /// <summary>The sampled values matched a value pattern.</summary>
    Values,
    /// <summary>Name and values agreed.</summary>
    NameAndValues,
}
