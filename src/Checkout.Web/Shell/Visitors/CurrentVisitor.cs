namespace Checkout.Web.Shell.Visitors;

/// <summary>
/// The anonymous visitor of the current request or circuit: a random id the server issued in a data-protected
/// cookie (<see cref="VisitorMiddleware"/>) and that a circuit receives as a protected root-component parameter.
/// It keys the visitor's cart session on the server; the browser never sees or sends a cart id.
/// </summary>
public sealed class CurrentVisitor(IHttpContextAccessor httpContextAccessor)
{
    internal const string HttpContextItem = "Checkout.VisitorId";

    private string? id;
    private string? address;

    /// <summary>Null while no visitor is known (e.g. a request the middleware skipped).</summary>
    public string? Id => id ??= httpContextAccessor.HttpContext?.Items[HttpContextItem] as string;

    public string RequiredId => Id ?? throw new InvalidOperationException("No visitor has been identified for this scope.");

    /// <summary>
    /// The remote address the visitor came from (rate limits per address): the request's, or in a circuit the one of
    /// the page request that started it (a protected root-component parameter). Null when unknown.
    /// </summary>
    public string? Address => address ??= httpContextAccessor.HttpContext?.Connection.RemoteIpAddress?.ToString();

    public void SetAddress(string? remoteAddress)
    {
        if (!string.IsNullOrWhiteSpace(remoteAddress))
        {
            address ??= remoteAddress;
        }
    }

    public void Set(string visitorId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(visitorId);
        if (Id is { } known && known != visitorId)
        {
            throw new InvalidOperationException("The visitor cannot change within a scope.");
        }

        id = visitorId;
    }
}
