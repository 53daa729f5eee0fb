using Kura.Core;

namespace Kura.DemoData;

/// <summary>One synthetic person: everything the three tables need to stay mutually consistent.</summary>
internal sealed record Patient(
    long Number,
    NamePart Surname,
    NamePart GivenName,
    MyNumber MyNumber,
    DateOnly BirthDate,
    int Age,
    bool Male,
    Prefecture Prefecture,
    Municipality Municipality,
    int PostalSuffix,
    string Phone)
{
    public const int PersonIdLength = 9;

    /// <summary>Writes the person key, <c>P</c> followed by eight digits.</summary>
    public void WritePersonId(Span<char> destination)
    {
        destination[0] = 'P';
        var rest = Number;
        for (var i = PersonIdLength - 1; i >= 1; i--)
        {
            destination[i] = (char)('0' + rest % 10);
            rest /= 10;
        }
    }
}
