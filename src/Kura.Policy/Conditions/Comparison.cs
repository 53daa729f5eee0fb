namespace Kura.Policy.Conditions;

/// <summary>The comparison operators of the condition language, named as in the policy file.</summary>
public enum Comparison
{
    /// <summary><c>eq</c>: equal (text, integer, boolean).</summary>
    Eq,
    /// <summary><c>ne</c>: not equal.</summary>
    Ne,
    /// <summary><c>in</c>: a text fact is one of a list.</summary>
    In,
    /// <summary><c>notIn</c>: a text fact is none of a list.</summary>
    NotIn,
    /// <summary><c>gt</c>: integer greater than a parameter.</summary>
    Gt,
    /// <summary><c>ge</c>: integer greater than or equal to a parameter.</summary>
    Ge,
    /// <summary><c>lt</c>: integer less than a parameter.</summary>
    Lt,
    /// <summary><c>le</c>: integer less than or equal to a parameter.</summary>
    Le,
    /// <summary><c>has</c>: a set fact contains the value.</summary>
    Has,
    /// <summary><c>hasAny</c>: a set fact contains at least one value of the list.</summary>
    HasAny,
    /// <summary><c>subsetOf</c>: a set fact is non-empty and every member is in the list.</summary>
    SubsetOf,
    /// <summary><c>matchesAny</c>: a text fact contains one of the fragments (case-insensitive).</summary>
    MatchesAny,
    /// <summary><c>exists</c>: the fact is present (true) or missing (false).</summary>
    Exists,
}
