namespace Kura.DemoData;

/// <summary>
/// Japanese phone numbers: mobiles 090/080/070-XXXX-XXXX (about 60%) or a ten-digit landline
/// with the municipality's area code, hyphenated as area-exchange-subscriber.
/// </summary>
internal static class PhoneNumbers
{
    private static readonly string[] MobilePrefixes = ["090", "090", "090", "080", "080", "080", "070"];

    public static string Next(SeededRandom random, string areaCode)
    {
        if (random.Chance(600))
        {
            var prefix = MobilePrefixes[random.NextInt(MobilePrefixes.Length)];
            return string.Create(13, (prefix, random), static (span, state) =>
            {
                state.prefix.CopyTo(span);
                span[3] = '-';
                Digits(span.Slice(4, 4), state.random, firstNonZero: true);
                span[8] = '-';
                Digits(span.Slice(9, 4), state.random, firstNonZero: false);
            });
        }
        // Ten digits in all: area code, exchange (first digit 2–9), four-digit subscriber.
        var exchangeLength = 10 - areaCode.Length - 4;
        return string.Create(12, (areaCode, exchangeLength, random), static (span, state) =>
        {
            state.areaCode.CopyTo(span);
            var at = state.areaCode.Length;
            span[at++] = '-';
            Digits(span.Slice(at, state.exchangeLength), state.random, firstNonZero: true);
            at += state.exchangeLength;
            span[at++] = '-';
            Digits(span.Slice(at, 4), state.random, firstNonZero: false);
        });
    }

    private static void Digits(Span<char> span, SeededRandom random, bool firstNonZero)
    {
        for (var i = 0; i < span.Length; i++)
            span[i] = (char)('0' + (i == 0 && firstNonZero ? random.NextInt(2, 9) : random.NextInt(10)));
    }
}
