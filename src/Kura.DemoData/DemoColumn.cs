using Kura.Core;

namespace Kura.DemoData;

/// <summary>A column of the demo dataset with its ground-truth APPI class (used to measure the classifier).</summary>
/// <param name="Table">Table name (file name without <c>.csv</c>).</param>
/// <param name="Name">Header as written in the CSV.</param>
/// <param name="TrueClass">The class a steward would confirm.</param>
/// <param name="IsSubjectAge">True when the column gives the subject's birth date or age.</param>
/// <param name="Meaning">English description of the content.</param>
public sealed record DemoColumn(string Table, string Name, ColumnClass TrueClass, bool IsSubjectAge, string Meaning);
