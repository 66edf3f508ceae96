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

/// <summary>SMTP settings ("Mail:*"); an empty host means: the development mailbox when the client uses the sandbox.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public string? Host { get; set; }
    public int Port { get; set; } = 587;

    /// <summary>MailKit's SecureSocketOptions: Auto, None, SslOnConnect, StartTls, StartTlsWhenAvailable.</summary>
    public string Security { get; set; } = "StartTls";

    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string FromAddress { get; set; } = "no-reply@example.org";

    /// <summary>Sender name of the default client; further clients use "Clients:{key}:Mail:FromName". Empty = brand name.</summary>
    public string? FromName { get; set; }
}

/// <summary>"Customers:RateLimits:*": how many code requests and code attempts per IP and per e-mail in one window.</summary>
public sealed class CustomerRateLimitOptions
{
    public const string Section = "Customers:RateLimits";

    public int WindowMinutes { get; set; } = 15;
    public int LookupsPerIp { get; set; } = 10;
    public int LookupsPerEmail { get; set; } = 3;
    public int AttemptsPerIp { get; set; } = 30;
    public int AttemptsPerEmail { get; set; } = 10;
}
