namespace Kura.Policy;

/// <summary>The declared type of a policy parameter.</summary>
public enum ParameterType
{
    Integer,
    Boolean,
    Text,
    TextList,
    /// <summary>A calendar date; may be unset (null), which means "not yet fixed".</summary>
    Date,
}
