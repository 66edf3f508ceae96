namespace Checkout.Web.Features.Customers;

/// <summary>
/// Per client: the secret the venue's own site signs identity tokens with ("Identity:Secret" for the default client,
/// "Clients:{key}:Identity:Secret" for others). Empty = signed tokens are not accepted for that client.
/// </summary>
public sealed class IdentityOptions
{
    public const int MinimumSecretLength = 32;

    public string? Secret { get; set; }
}
