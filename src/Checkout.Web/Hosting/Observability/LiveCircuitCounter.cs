using Checkout.Web.Features;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Checkout.Web.Hosting.Observability;

/// <summary>Counts this instance's open circuits for <see cref="ShopMetrics.LiveCircuits"/> (one per open interactive tab).</summary>
internal sealed class LiveCircuitCounter(ShopMetrics metrics) : CircuitHandler
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        metrics.CircuitOpened();
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        metrics.CircuitClosed();
        return Task.CompletedTask;
    }
}
