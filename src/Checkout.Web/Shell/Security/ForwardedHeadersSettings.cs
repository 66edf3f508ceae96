namespace Checkout.Web.Shell.Security;

/// <summary>
/// Which reverse proxies may name the visitor's address (<c>ForwardedHeaders</c>). Per-address rate limits count
/// <see cref="Visitors.CurrentVisitor.Address"/>, the connection's remote address: behind a proxy that is the proxy
/// for everyone, so X-Forwarded-For (and -Proto) are honoured, but only from the proxies listed here. Nothing is
/// trusted by default: anyone can send the header, and trusting it from everywhere would let a bot pick a fresh
/// address for every request.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    public const string Section = "ForwardedHeaders";

    public const int MaxForwardLimit = 20;

    /// <summary>Addresses of the proxies in front of the app (e.g. <c>10.0.0.2</c>).</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks the proxies live in, in CIDR notation (e.g. <c>10.0.0.0/24</c>).</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>How many proxy hops of X-Forwarded-For are read, right to left (one proxy: 1).</summary>
    public int ForwardLimit { get; set; } = 1;

    /// <summary>Without a trusted proxy the headers are not read at all (ASP.NET Core would trust every source).</summary>
    public bool TrustsAnyProxy => KnownProxies.Count > 0 || KnownNetworks.Count > 0;
}
