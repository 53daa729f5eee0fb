using Kura.Core;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Kura.Policy;

/// <summary>Builds the one error a bad policy file raises: line, column and the problem.</summary>
internal static class PolicyFileError
{
    public const string Code = "KURA-POLICY-INVALID";

    public static KuraException At(Mark mark, string problem) =>
        KuraException.BadInput(Code,
            $"Policy file line {mark.Line}, column {mark.Column}: {problem} The active policy was not changed; fix the file and load it again.");

    public static KuraException At(YamlNode node, string problem) => At(node.Start, problem);
}
