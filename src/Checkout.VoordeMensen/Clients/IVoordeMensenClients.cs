namespace Checkout.VoordeMensen;

/// <summary>All configured VdM clients (white-label venues), by client key ("default", "fringe", …).</summary>
public interface IVoordeMensenClients
{
    IReadOnlyCollection<string> ClientKeys { get; }

    /// <summary>The client for a key; throws <see cref="KeyNotFoundException"/> for keys not in configuration.</summary>
    IVoordeMensenClient For(string clientKey);
}
