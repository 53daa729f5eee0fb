namespace Kura.DemoData;

/// <summary>A surname or given name in kanji (or kana) with its katakana reading.</summary>
internal readonly record struct NamePart(string Written, string Reading);
