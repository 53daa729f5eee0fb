namespace Kura.Ledger;

/// <summary>First byte of a record body.</summary>
public enum LedgerRecordKind : byte
{
    /// <summary>Body = 0x00 ‖ canonical entry JSON, which is exactly the RFC 6962 leaf-hash input.</summary>
    Entry = 0x00,
    /// <summary>Body = 0x01 ‖ JSON of a <see cref="SignedTreeHead"/> covering every entry before it.</summary>
    Checkpoint = 0x01,
}
