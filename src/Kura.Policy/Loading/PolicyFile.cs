using System.Reflection;

namespace Kura.Policy;

/// <summary>
/// The policy file: the rule file shipped inside Kura, parsing text into a validated
/// <see cref="Policy"/>, and writing one back. No file system access: callers read and write the
/// home's <c>policy/</c> file themselves.
/// </summary>
public static class PolicyFile
{
    private const string ResourceName = "Kura.Policy.Rules.kura-policy.yaml";

    private static readonly Lazy<string> Shipped = new(() =>
    {
        using var stream = typeof(PolicyFile).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from {typeof(PolicyFile).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>The rule file shipped with this version of Kura (UTF-8 YAML text), copied into a new home by <c>kura init</c>.</summary>
    public static string ShippedDefaultText => Shipped.Value;

    /// <summary>The shipped rule file, parsed.</summary>
    public static Policy LoadShippedDefault() => Parse(ShippedDefaultText);

    /// <summary>
    /// Parses and validates policy text. Throws <c>KuraException</c> <c>KURA-POLICY-INVALID</c>
    /// (bad input) naming the line, column and problem of the first error found.
    /// </summary>
    public static Policy Parse(string yamlText)
    {
        ArgumentNullException.ThrowIfNull(yamlText);
        return PolicyReader.Read(yamlText);
    }

    /// <summary>Writes a policy in canonical form; <see cref="Parse"/> of the result gives an equal policy.</summary>
    public static string Write(Policy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return PolicyWriter.Write(policy);
    }
}
