namespace Kura.Policy;

/// <summary>The type of a fact the rules can test.</summary>
internal enum FactType
{
    Boolean,
    Integer,
    Text,
    TextSet,
}
