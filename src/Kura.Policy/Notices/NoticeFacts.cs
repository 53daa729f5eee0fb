namespace Kura.Policy;

/// <summary>What a public notice states about one dataset.</summary>
/// <param name="HolderName">The business holding the data.</param>
/// <param name="Contact">Where persons ask for suspension or deletion (address, e-mail or desk).</param>
/// <param name="DatasetName">The dataset.</param>
/// <param name="Columns">The dataset's columns (names and classes; no values).</param>
/// <param name="Purposes">Purpose names the data is used for (see <c>PurposeNames</c>).</param>
/// <param name="PublishedOn">Date of publication.</param>
/// <param name="HolderAddress">The holder's address, or null.</param>
public sealed record NoticeFacts(
    string HolderName,
    string Contact,
    string DatasetName,
    IReadOnlyList<ColumnFacts> Columns,
    IReadOnlyList<string> Purposes,
    DateOnly PublishedOn,
    string? HolderAddress = null);
