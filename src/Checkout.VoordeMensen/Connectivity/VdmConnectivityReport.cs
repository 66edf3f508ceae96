namespace Checkout.VoordeMensen.Connectivity;

/// <summary>The checks of one configured client: the event list always, the Peppered key when one is configured.</summary>
public sealed record VdmConnectivityReport(string ClientKey, string ClientName, IReadOnlyList<VdmCheck> Checks)
{
    public bool IsHealthy => Checks.All(c => c.IsOk);
}
