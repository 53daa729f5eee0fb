using Kura.Core;
using Kura.Privacy;
using Kura.Privacy.Accounting;
using Kura.Privacy.Sampling;
using Kura.Sql.Planning;
using Kura.Sql.Release;

namespace Kura.Sql;

/// <summary>
/// A checked query ready to run: reserve <see cref="Cost"/>, execute <see cref="BackendSql"/>, then call
/// <see cref="Release"/> exactly once with the rows. A second release is refused, so one reservation pays
/// for one noisy answer. Thread-safe.
/// </summary>
public sealed class PreparedDpQuery
{
    private int _released;

    internal PreparedDpQuery(DpQueryPlan plan) => Plan = plan;

    /// <summary>The full plan: measurements, sensitivities, bounds.</summary>
    public DpQueryPlan Plan { get; }

    /// <summary>SQL for the backend in the prepared dialect; contains no user text except escaped literals.</summary>
    public string BackendSql => Plan.BackendSql;

    /// <summary>The exact cost to reserve before running the backend SQL.</summary>
    public PrivacyCost Cost => Plan.Cost;

    /// <summary>Adds noise to the backend's exact rows and returns the release. Callable once.</summary>
    public DpQueryResult Release(IReadOnlyList<object?[]> exactRows, IRandomBits rng)
    {
        if (Interlocked.Exchange(ref _released, 1) != 0)
            throw KuraException.Conflict("KURA-SQL-RELEASED", "This query was already released; prepare it again and reserve a new spend.");
        try
        {
            return DpQueryRelease.Release(Plan, exactRows, rng);
        }
        catch (PrivacyParameterException e)
        {
            throw KuraException.Internal(e.Code, $"The release could not be calibrated: {e.Message}", e);
        }
    }
}
