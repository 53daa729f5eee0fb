using Kura.Core;
using Kura.DemoData;
using Kura.Engine;
using Kura.Engine.Intake;
using Kura.Storage;

namespace Kura.IntegrationTests;

/// <summary>A fresh initialised home in a temp directory, with helpers to load the demo data.</summary>
public sealed class HomeFixture : IDisposable
{
    private readonly TempDirectory _dir = new();

    public HomeFixture()
    {
        Home = new KuraHome(Path.Combine(_dir.Path, "home"));
        EmbeddedKura.Init(Home);
    }

    public KuraHome Home { get; }

    public string DataDirectory => Path.Combine(_dir.Path, "data");

    public KuraEngine Open(TimeProvider? time = null) => EmbeddedKura.Open(Home, time, "tester");

    /// <summary>Writes demo data (small) and imports all three tables as dataset <paramref name="dataset"/>.</summary>
    public DemoDataResult LoadDemo(KuraEngine engine, int patients = 300, string dataset = "medical")
    {
        var files = DemoDataGenerator.Write(new DemoDataOptions { OutputDirectory = DataDirectory, Patients = patients });
        foreach (var f in files.Files)
            engine.Import(new ImportRequest(f.Path, dataset, f.Table, PrivacyUnit.Key(DemoSchema.PersonKey)));
        return files;
    }

    public void Dispose() => _dir.Dispose();
}
