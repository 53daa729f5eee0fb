namespace Kura.Engine.Extracts;

/// <summary>The file format of an extract.</summary>
public enum ExtractFileFormat
{
    /// <summary>RFC 4180 CSV with a header row, CRLF line ends; text encoding per <see cref="ExtractTextEncoding"/>.</summary>
    Csv,

    /// <summary>Apache Parquet; numbers, dates and booleans that were released unchanged keep their types.</summary>
    Parquet,
}
