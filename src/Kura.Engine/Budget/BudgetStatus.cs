using Kura.Privacy.Accounting;
using Kura.Privacy.Arithmetic;

namespace Kura.Engine.Budget;

/// <summary>A project's budget: its limit, the exact cost spent, and ε spent/left at the limit's δ (rounded conservatively).</summary>
public sealed record BudgetStatus(string Project, PrivacyBudgetLimit Limit, PrivacyCost Spent, Rational? EpsilonSpent, Rational RemainingEpsilon);
