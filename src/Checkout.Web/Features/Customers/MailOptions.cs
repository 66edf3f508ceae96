namespace Checkout.Web.Features.Customers;

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
