namespace Kura.Ledger;
internal static class AssemblyMarker { }
