namespace Kura.Core;

/// <summary>What kind of failure a <see cref="KuraException"/> reports; hosts map it to exit codes and HTTP status.</summary>
public enum KuraErrorKind
{
    /// <summary>The caller's input is wrong (file, flag, SQL); fixing the input fixes the error.</summary>
    BadInput = 2,
    /// <summary>The thing named does not exist.</summary>
    NotFound = 3,
    /// <summary>The request conflicts with existing state (already exists, already approved).</summary>
    Conflict = 4,
    /// <summary>The policy engine (the law as code) refused the request.</summary>
    RefusedByPolicy = 5,
    /// <summary>The privacy machinery refused (budget exhausted, unbounded column, ledger unverifiable).</summary>
    RefusedByPrivacy = 6,
    /// <summary>The ledger failed verification: an entry was modified, removed, reordered, truncated or forged.</summary>
    LedgerInvalid = 7,
    /// <summary>A fault inside Kura or its storage; not the caller's doing.</summary>
    Internal = 10,
}
