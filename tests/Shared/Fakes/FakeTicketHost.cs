using Checkout.VoordeMensen.Configuration;

namespace Checkout.Tests.Shared.Fakes;

/// <summary>Endpoints for tests that only build links: VdM's API and ticket host under example.test.</summary>
public sealed class FakeTicketHost : IVoordeMensenEndpointResolver
{
    public static Uri Root { get; } = new("https://tickets.example.test/");

    public Uri ResolveBaseAddress(string clientKey) => new("https://api.example.test/");

    public Uri ResolveTicketHost(string clientKey) => Root;
}
