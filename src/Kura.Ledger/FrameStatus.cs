namespace Kura.Ledger;

/// <summary>Outcome of reading one framed record.</summary>
public enum FrameStatus
{
    /// <summary>A whole record whose checksum matches.</summary>
    Complete,
    /// <summary>The bytes end inside the record: a torn final write, or a truncated file.</summary>
    Incomplete,
    /// <summary>The length field is zero or beyond <see cref="LedgerRecordFraming.MaxBodySize"/>.</summary>
    BadLength,
    /// <summary>The CRC-32C of the body does not match the stored one.</summary>
    BadChecksum,
}
