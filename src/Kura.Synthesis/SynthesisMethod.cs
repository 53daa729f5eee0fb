namespace Kura.Synthesis;

/// <summary>Which DP synthesis algorithm to run.</summary>
public enum SynthesisMethod
{
    /// <summary>MST (McKenna, Miklau &amp; Sheldon 2021): 1-way marginals plus a privately chosen tree of 2-way marginals. The default.</summary>
    Mst,

    /// <summary>AIM (McKenna, Mullins, Sheldon &amp; Miklau 2022): adaptive, workload-aware selection of marginals; needs a workload.</summary>
    Aim,
}
