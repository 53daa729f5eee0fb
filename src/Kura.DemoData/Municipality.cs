namespace Kura.DemoData;

/// <summary>A municipality with its relative weight, the first three postal-code digits and its landline area code.</summary>
internal sealed record Municipality(string Name, int Weight, string PostalPrefix, string AreaCode);
