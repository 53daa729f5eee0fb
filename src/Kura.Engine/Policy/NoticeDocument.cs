namespace Kura.Engine.Policy;

/// <summary>A rendered public notice and what publishing it changed.</summary>
/// <param name="Record">The publication record kept in the catalog.</param>
/// <param name="Text">The notice in Japanese then English (Markdown or a standalone HTML page).</param>
/// <param name="ProjectsUpdated">Open projects on the dataset whose decisions were re-evaluated.</param>
public sealed record NoticeDocument(NoticeRecord Record, string Text, IReadOnlyList<string> ProjectsUpdated);
