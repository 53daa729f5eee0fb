using Kura.Core;

namespace Kura.DemoData;

/// <summary>Draws synthetic persons: age from the census pyramid, sex by age, residence by population.</summary>
internal sealed class PatientFactory(SeededRandom random, MyNumberSequence myNumbers)
{
    public Patient Create(long number)
    {
        var age = AgePyramid.NextAge(random);
        var male = random.Chance(AgePyramid.MalePerMille(age));
        var birth = DemoCalendar.NextBirthDate(random, age);
        var surname = PersonNames.NextSurname(random);
        var given = PersonNames.NextGivenName(random, birth.Year, male);
        var prefecture = Prefectures.Next(random);
        var municipality = prefecture.NextMunicipality(random);
        var postalSuffix = random.NextInt(10_000);
        var phone = PhoneNumbers.Next(random, municipality.AreaCode);
        return new Patient(number, surname, given, myNumbers.For(number - 1), birth, age, male,
            prefecture, municipality, postalSuffix, phone);
    }
}
