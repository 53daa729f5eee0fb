using Kura.Core;

namespace Kura.Engine.Extracts;

/// <summary>A released column with the catalog metadata its processing needs (bounds).</summary>
internal sealed record PlannedColumn(ExtractColumn Output, Column Source);
