namespace Kura.DemoData;

/// <summary>Which sex a condition can occur in.</summary>
internal enum SexRestriction
{
    Any,
    Female,
    Male,
}
