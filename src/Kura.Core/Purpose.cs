namespace Kura.Core;

/// <summary>A project's declared purpose. Only some are eligible under the statistical-use exception.</summary>
public enum Purpose
{
    Statistics,
    AiDevelopment,
    PublicHealth,
    AcademicResearch,
    /// <summary>Decisions about individuals: recorded, never eligible.</summary>
    IndividualDecision,
    /// <summary>Marketing: recorded, never eligible.</summary>
    Marketing,
    /// <summary>Re-identifying persons in released data: recorded, never eligible.</summary>
    ReIdentification,
}
