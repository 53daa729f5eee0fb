namespace Kura.DemoData;

/// <summary>A prefecture with its 2020 census population (thousands) and a few of its municipalities.</summary>
internal sealed class Prefecture
{
    private readonly WeightedTable _municipalityTable;

    public Prefecture(string name, int populationThousands, IReadOnlyList<Municipality> municipalities)
    {
        Name = name;
        PopulationThousands = populationThousands;
        Municipalities = municipalities;
        _municipalityTable = new WeightedTable(municipalities.Select(m => m.Weight).ToArray());
    }

    public string Name { get; }

    public int PopulationThousands { get; }

    public IReadOnlyList<Municipality> Municipalities { get; }

    public Municipality NextMunicipality(SeededRandom random) => Municipalities[_municipalityTable.Next(random)];
}
