namespace Checkout.Web.Shell.Caching;

/// <summary>
/// Marks a page that every visitor of a client sees alike (the programme, an event page): its GETs are served from the
/// output cache (<see cref="CachedPagePolicy"/>), carry no visitor cookie, no per-response nonce and nothing read from
/// the visitor's cookies. <paramref name="queryKeys"/> are the query parameters the page reads; a request with any other
/// parameter (a venue's prefill, an identity link) is rendered for its visitor and never cached.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class CachedPageAttribute(params string[] queryKeys) : Attribute
{
    public IReadOnlyList<string> QueryKeys { get; } = queryKeys;
}
