using Kura.Core;
using Kura.Privacy.Accounting;

namespace Kura.Engine.Budget;

/// <summary>
/// A durable claim on a project's budget, made before any noisy value exists and never refunded:
/// a crash after it leaves the spend recorded and nothing released.
/// </summary>
/// <param name="Id">Release id the reservation pays for.</param>
/// <param name="Project">Paying project.</param>
/// <param name="Kind">What is being released.</param>
/// <param name="Cost">Privacy cost reserved.</param>
/// <param name="At">When reserved.</param>
/// <param name="RequestHash">SHA-256 of the request (query text, parameters), never the result.</param>
public sealed record BudgetReservation(string Id, string Project, ReleaseKind Kind, PrivacyCost Cost, DateTimeOffset At, string RequestHash);
