using System.Globalization;
using Kura.Core;

namespace Kura.Engine.Synthesis;

/// <summary>
/// One column of the one-row-per-person table <c>--per-person</c> synthesises from, as the user declares it:
/// <list type="bullet">
/// <item><c>NAME=category:TABLE.COLUMN</c> — domain from <c>--domain</c>/<c>--bins NAME=…</c>, the stored synthesis domain or the column's public domain;</item>
/// <item><c>NAME=age:TABLE.COLUMN[:LOW:HIGH:WIDTH]</c> — whole years from a birth date, in bins;</item>
/// <item><c>NAME=count:TABLE[.COLUMN=FROM..TO]:CAP</c> — rows (whose code is in FROM..TO, e.g. I00..I99) capped at CAP;</item>
/// <item><c>NAME=sumband:TABLE.COLUMN:LOW:HIGH:WIDTH</c> — total of a numeric column in bins.</item>
/// </list>
/// Translated into vault SQL over the release views; never user SQL. Immutable.
/// </summary>
public sealed record PersonFeatureSpec
{
    /// <summary>Column name in the per-person table (and the synthetic file).</summary>
    public required string Name { get; init; }

    public required PersonFeatureKind Kind { get; init; }

    /// <summary>Source table in the dataset.</summary>
    public required string Table { get; init; }

    /// <summary>Source column; null only for a count of all rows.</summary>
    public string? Column { get; init; }

    /// <summary>
    /// Count only: the code range's start and end; null counts every row. A row counts when FROM ≤ code and (code ≤ TO or
    /// code starts with TO), compared ordinally, so C00..D48 includes D48.1; a missing code never counts.
    /// </summary>
    public string? From { get; init; }

    /// <inheritdoc cref="From"/>
    public string? To { get; init; }

    /// <summary>Largest count cap allowed.</summary>
    public const int MaxCap = 1_000;

    /// <summary>Count only: the cap (1 – <see cref="MaxCap"/>); the value CAP means CAP or more matching rows.</summary>
    public int Cap { get; init; }

    /// <summary>Age and sum: bins <c>LOW:HIGH:WIDTH</c>; null for an age whose bins come from <c>--bins NAME=…</c>.</summary>
    public string? Bins { get; init; }

    /// <summary>The declaration as typed (normalised), for the manifest and the request hash.</summary>
    public string Text => Kind switch
    {
        PersonFeatureKind.Category => $"{Name}=category:{Table}.{Column}",
        PersonFeatureKind.Age => $"{Name}=age:{Table}.{Column}" + (Bins is null ? "" : ":" + Bins),
        PersonFeatureKind.Count => $"{Name}=count:{Table}" + (Column is null ? "" : $".{Column}={From}..{To}") + string.Create(CultureInfo.InvariantCulture, $":{Cap}"),
        _ => $"{Name}=sumband:{Table}.{Column}:{Bins}",
    };

    /// <summary>Parses one <c>--feature</c> value; throws <c>KURA-SYNTH-FEATURE</c> saying the accepted forms.</summary>
    public static PersonFeatureSpec Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var eq = text.IndexOf('=');
        var colon = eq < 0 ? -1 : text.IndexOf(':', eq);
        if (eq <= 0 || colon < 0) throw Invalid(text);
        var name = text[..eq].Trim();
        var body = text[(colon + 1)..].Trim();
        return text[(eq + 1)..colon].Trim().ToLowerInvariant() switch
        {
            "category" => Category(name, body, text),
            "age" => Age(name, body, text),
            "count" => Count(name, body, text),
            "sumband" => SumBand(name, body, text),
            _ => throw Invalid(text),
        };
    }

    private static PersonFeatureSpec Category(string name, string body, string text)
    {
        var (table, column) = TableColumn(body, text);
        return new PersonFeatureSpec { Name = name, Kind = PersonFeatureKind.Category, Table = table, Column = column };
    }

    private static PersonFeatureSpec Age(string name, string body, string text)
    {
        var parts = body.Split(':');
        if (parts.Length is not (1 or 4)) throw Invalid(text);
        var (table, column) = TableColumn(parts[0], text);
        var bins = parts.Length == 4 ? DomainDeclaration.OfBins(string.Join(':', parts[1..])).Bins : null;
        return new PersonFeatureSpec { Name = name, Kind = PersonFeatureKind.Age, Table = table, Column = column, Bins = bins };
    }

    private static PersonFeatureSpec Count(string name, string body, string text)
    {
        var last = body.LastIndexOf(':');
        if (last <= 0 || !int.TryParse(body[(last + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var cap)
            || cap < 1 || cap > MaxCap)
            throw KuraException.BadInput("KURA-SYNTH-FEATURE", $"Feature '{name}': a count needs a cap from 1 to {MaxCap} at the end, e.g. {name}=count:claims.code=I00..I99:3.");
        var source = body[..last];
        var eq = source.IndexOf('=');
        if (eq < 0)
        {
            if (source.Length == 0 || source.Contains('.')) throw Invalid(text);
            return new PersonFeatureSpec { Name = name, Kind = PersonFeatureKind.Count, Table = source, Cap = cap };
        }
        var (table, column) = TableColumn(source[..eq], text);
        var range = source[(eq + 1)..].Split("..");
        if (range.Length != 2 || range[0].Length == 0 || range[1].Length == 0 || string.CompareOrdinal(range[0], range[1]) > 0)
            throw KuraException.BadInput("KURA-SYNTH-FEATURE", $"Feature '{name}': the code range must be FROM..TO with FROM not after TO, e.g. I00..I99.");
        return new PersonFeatureSpec { Name = name, Kind = PersonFeatureKind.Count, Table = table, Column = column, From = range[0], To = range[1], Cap = cap };
    }

    private static PersonFeatureSpec SumBand(string name, string body, string text)
    {
        var parts = body.Split(':');
        if (parts.Length != 4) throw Invalid(text);
        var (table, column) = TableColumn(parts[0], text);
        return new PersonFeatureSpec { Name = name, Kind = PersonFeatureKind.SumBand, Table = table, Column = column, Bins = DomainDeclaration.OfBins(string.Join(':', parts[1..])).Bins };
    }

    private static (string Table, string Column) TableColumn(string text, string whole)
    {
        var dot = text.IndexOf('.');
        if (dot <= 0 || dot == text.Length - 1) throw Invalid(whole);
        return (text[..dot].Trim(), text[(dot + 1)..].Trim());
    }

    private static KuraException Invalid(string text) => KuraException.BadInput("KURA-SYNTH-FEATURE",
        $"--feature '{text}' is not understood. Use NAME=category:TABLE.COLUMN, NAME=age:TABLE.COLUMN:LOW:HIGH:WIDTH, " +
        "NAME=count:TABLE[.COLUMN=FROM..TO]:CAP or NAME=sumband:TABLE.COLUMN:LOW:HIGH:WIDTH.");
}
