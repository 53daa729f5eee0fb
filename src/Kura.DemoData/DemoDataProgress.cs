namespace Kura.DemoData;

/// <summary>Progress of a demo-data run: persons done out of the total, and claim rows written so far.</summary>
public readonly record struct DemoDataProgress(int PatientsWritten, int PatientsTotal, long ClaimsWritten);
