namespace Checkout.Web.Shell.Clients;

/// <summary>Top-level "Checkout" section: how the default client answers and which language it speaks.</summary>
public sealed class HostingSettings
{
    public const string Section = "Checkout";

    /// <summary>When true, hosts claimed by no client (and not listed in <see cref="Hosts"/>) get a neutral 404.</summary>
    public bool StrictHosts { get; set; }

    /// <summary>Hosts of the default client; only consulted in strict mode.</summary>
    public string[] Hosts { get; set; } = [];
}
