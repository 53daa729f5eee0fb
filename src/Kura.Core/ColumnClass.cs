namespace Kura.Core;

/// <summary>How a column is treated under APPI; assigned by the classifier, confirmed by a steward.</summary>
public enum ColumnClass
{
    /// <summary>Not personal on its own (cost, department).</summary>
    Ordinary,
    /// <summary>The dataset's privacy unit: the person key linking tables.</summary>
    PersonKey,
    /// <summary>Identifies a person by itself: name, phone, e-mail, My Number and other identification codes. Never released.</summary>
    DirectIdentifier,
    /// <summary>Identifies in combination: birth date, sex, postal code, municipality.</summary>
    QuasiIdentifier,
    /// <summary>要配慮個人情報: diagnoses, medical history, prescriptions, criminal records, disability.</summary>
    SpecialCare,
    /// <summary>Facial features or images (APPI individual identification code; specific biometric data).</summary>
    Facial,
}
