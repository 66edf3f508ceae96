namespace Checkout.Web.Shell.Clients;

/// <summary>Top-level "Checkout" section: how the default client answers and which language it speaks.</summary>
public sealed class HostingSettings
{
    public const string Section = "Checkout";

    /// <summary>
    /// When true, hosts claimed by no client, not listed in <see cref="Hosts"/> and not a loopback name get a neutral
    /// 404 instead of the default shop. Unset: true outside Development (resolved at start-up, see
    /// <see cref="ClientServiceCollectionExtensions"/>).
    /// </summary>
    public bool? StrictHosts { get; set; }

    /// <summary>Hosts of the default client: in strict mode the only ones (besides loopback names) it answers on.</summary>
    public string[] Hosts { get; set; } = [];

    public bool IsStrict => StrictHosts ?? true;
}
