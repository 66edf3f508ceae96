namespace Checkout.Web.Features.Customers;

/// <summary>What the customer step's code form posts: the address, the code once sent, and which button was pressed.</summary>
public sealed class CustomerCodeInput
{
    public const string Lookup = "lookup";
    public const string Verify = "verify";
    public const string Resend = "resend";
    public const string Other = "other";

    public string Email { get; set; } = "";

    /// <summary>The address the code went to (a hidden field once it was sent).</summary>
    public string? SentTo { get; set; }

    public string Code { get; set; } = "";

    public string? Action { get; set; }
}
