namespace Kura.Engine.Extracts;

/// <summary>Why a column never leaves in an extract (the APPI processing standards, RULES.md APPI-PSE-01 / APPI-ANO-01).</summary>
public enum DropReason
{
    /// <summary>Identifies a person by itself (name, phone, address): deleted (PSE-01(1), ANO-01(1)).</summary>
    DirectIdentifier,

    /// <summary>An individual identification code (My Number, passport, insurance numbers …): deleted (PSE-01(2), ANO-01(2)).</summary>
    IdentificationCode,

    /// <summary>A descriptor whose misuse could cause financial harm (card, bank account): deleted (PSE-01(3)).</summary>
    FinancialDescriptor,

    /// <summary>Facial data: never in any extract.</summary>
    Facial,

    /// <summary>The person key in an anonymised extract: a linking code to the source, deleted (ANO-01(3)).</summary>
    LinkingCode,

    /// <summary>
    /// In an anonymised extract, a column (not generalised by a hierarchy) whose released values are nearly all
    /// distinct: it links rows to the source like a record number would, so it is deleted (ANO-01(3)); see
    /// <see cref="LinkingValues"/>.
    /// </summary>
    NearlyUnique,

    /// <summary>Not among the project's granted columns.</summary>
    NotGranted,
}
