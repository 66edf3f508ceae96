namespace Checkout.Web.Shell.Clients;

/// <summary>
/// The client the current request or circuit belongs to. <see cref="ClientResolutionMiddleware"/> resolves it per
/// request (also remembered on the HttpContext, so error pages rendered in a fresh scope keep the brand); a circuit
/// sets it from the protected root-component parameter when it starts.
/// </summary>
public sealed class CurrentClient(ClientRegistry registry, IHttpContextAccessor httpContextAccessor)
{
    internal const string HttpContextItem = "Checkout.ClientKey";

    private string? key;

    public string Key => key ??= FromHttpContext()
        ?? throw new InvalidOperationException("The current client has not been resolved for this scope.");

    public ClientSettings Settings => registry.Get(Key);

    public bool IsResolved => (key ??= FromHttpContext()) is not null;

    public void Set(string clientKey)
    {
        if (!registry.Keys.Contains(clientKey))
        {
            throw new ArgumentException($"Unknown client '{clientKey}'.", nameof(clientKey));
        }

        if (IsResolved && key != clientKey)
        {
            throw new InvalidOperationException("The current client cannot change within a scope.");
        }

        key = clientKey;
    }

    private string? FromHttpContext() => httpContextAccessor.HttpContext?.Items[HttpContextItem] as string;
}
