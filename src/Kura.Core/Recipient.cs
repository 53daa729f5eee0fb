namespace Kura.Core;

/// <summary>
/// Who receives a project's releases, as the data holder declares it. The law treats a third party and a processor
/// working under an entrustment contract (委託, APPI Art. 27(5)(i)) differently: pseudonymised information, for one,
/// may go to a processor but never to a third party (Art. 41(6)).
/// </summary>
public enum Recipient
{
    /// <summary>Another organisation using the releases for its own purposes (the default).</summary>
    ThirdParty,

    /// <summary>A processor handling the data on the holder's behalf under an entrustment contract.</summary>
    Processor,
}

/// <summary>Command-line and ledger names of <see cref="Recipient"/> values.</summary>
public static class RecipientNames
{
    public static string ToName(this Recipient recipient) => recipient == Recipient.Processor ? "processor" : "third-party";

    public static Recipient Parse(string name) => name switch
    {
        "third-party" => Recipient.ThirdParty,
        "processor" => Recipient.Processor,
        _ => throw KuraException.BadInput("KURA-PROJECT-RECIPIENT", $"Unknown recipient '{name}'; use third-party or processor."),
    };
}
