namespace Kura.Engine.Policy;

/// <summary>A public notice Kura rendered and the holder published for a dataset.</summary>
/// <param name="Dataset">The dataset.</param>
/// <param name="PublishedOn">Publication date (Japan calendar).</param>
/// <param name="Sha256">SHA-256 (hex) of the rendered notice.</param>
/// <param name="Format"><c>md</c> or <c>html</c>.</param>
/// <param name="FacialSection">True when the notice described how facial data is handled.</param>
/// <param name="At">When it was recorded.</param>
/// <param name="Actor">Who published it.</param>
public sealed record NoticeRecord(string Dataset, DateOnly PublishedOn, string Sha256, string Format, bool FacialSection, DateTimeOffset At, string Actor);
