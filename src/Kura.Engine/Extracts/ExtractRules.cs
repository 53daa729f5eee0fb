using Kura.Core;

namespace Kura.Engine.Extracts;

/// <summary>
/// The column rules of both extract kinds (APPI-PSE-01, APPI-ANO-01). Direct identifiers and facial data are always
/// deleted; identification codes and financial-harm descriptors are deleted by class and also by column name, using
/// the policy's <c>classify.idCodeNamePatterns</c> and <c>classify.paymentNamePatterns</c> (so an ordinance can add
/// items); the person key becomes a pseudonym or, in anonymised extracts, is deleted as a linking code.
/// </summary>
public sealed class ExtractRules
{
    /// <summary>What replaces a rare category (a peculiar value) in a released column.</summary>
    public const string OtherLabel = "その他";

    /// <summary>Header of the pseudonym column in pseudonymised extracts.</summary>
    public const string PseudonymColumn = "pseudonym";

    private readonly string[] _idCodePatterns;
    private readonly string[] _paymentPatterns;

    /// <param name="idCodePatterns">Column-name fragments marking an identification code (policy <c>classify.idCodeNamePatterns</c>).</param>
    /// <param name="paymentPatterns">Column-name fragments marking payment credentials (policy <c>classify.paymentNamePatterns</c>).</param>
    public ExtractRules(IEnumerable<string> idCodePatterns, IEnumerable<string> paymentPatterns)
    {
        _idCodePatterns = [.. idCodePatterns.Select(Normalize).Where(p => p.Length > 0)];
        _paymentPatterns = [.. paymentPatterns.Select(Normalize).Where(p => p.Length > 0)];
    }

    /// <summary>Why <paramref name="column"/> must not be released in an extract of <paramref name="kind"/>, or null when it may be.</summary>
    public DropReason? DropReasonOf(Column column, ExtractKind kind)
    {
        ArgumentNullException.ThrowIfNull(column);
        if (column.Class == ColumnClass.Facial) return DropReason.Facial;
        if (column.Class == ColumnClass.PersonKey) return kind == ExtractKind.Anonymized ? DropReason.LinkingCode : null;
        var name = Normalize(column.Name);
        if (_idCodePatterns.Any(name.Contains)) return DropReason.IdentificationCode;
        if (column.Class == ColumnClass.DirectIdentifier) return DropReason.DirectIdentifier;
        if (_paymentPatterns.Any(name.Contains)) return DropReason.FinancialDescriptor;
        return null;
    }

    /// <summary>
    /// The treatment of a released, non-key column: quasi-identifiers of anonymised extracts are generalised; numbers with
    /// declared bounds are clamped; categories are grouped when rare (text quasi-identifiers and ordinary columns, and
    /// special-care columns of anonymised extracts, where a rare diagnosis is a peculiar descriptor); otherwise kept.
    /// </summary>
    public static ColumnTreatment TreatmentOf(Column column, ExtractKind kind, int rareValueThreshold)
    {
        ArgumentNullException.ThrowIfNull(column);
        if (kind == ExtractKind.Anonymized && column.Class == ColumnClass.QuasiIdentifier) return ColumnTreatment.Generalized;
        if (column.Type is ColumnType.Integer or ColumnType.Decimal)
            return column.Bounds is null ? ColumnTreatment.Kept : ColumnTreatment.Clamped;
        if (column.Type != ColumnType.Text || rareValueThreshold <= 1) return ColumnTreatment.Kept;
        var grouped = column.Class is ColumnClass.QuasiIdentifier or ColumnClass.Ordinary
                      || (column.Class == ColumnClass.SpecialCare && kind == ExtractKind.Anonymized);
        return grouped ? ColumnTreatment.RareGrouped : ColumnTreatment.Kept;
    }

    /// <summary>
    /// True when <paramref name="column"/> may not be released without declared bounds: a number that is not a
    /// quasi-identifier, in an anonymised extract, where outliers must be top- and bottom-coded (APPI-ANO-01(4)).
    /// </summary>
    public static bool NeedsDeclaredBounds(Column column, ExtractKind kind)
    {
        ArgumentNullException.ThrowIfNull(column);
        return kind == ExtractKind.Anonymized && column.Class != ColumnClass.QuasiIdentifier
               && column.Type is ColumnType.Integer or ColumnType.Decimal && column.Bounds is null;
    }

    // "Card_No", "card-no" and "cardno" all match the pattern "card_no".
    private static string Normalize(string name) =>
        new([.. name.ToLowerInvariant().Where(c => c is not ('_' or '-' or ' ' or '　' or '.'))]);
}
