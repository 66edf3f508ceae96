namespace Checkout.Web.Features.Customers;

/// <summary>What the customer step posts: the address, the code once sent, and which button was pressed.</summary>
public sealed class CustomerCodeInput
{
    public const string Lookup = "lookup";
    public const string Verify = "verify";
    public const string Resend = "resend";
    public const string Other = "other";

    // The step's other buttons, named only where they join the checkout form (each posts a form of its own elsewhere).
    public const string Confirm = "confirm";
    public const string Decline = "decline";
    public const string SignOut = "signout";

    public string Email { get; set; } = "";

    /// <summary>The address the code went to (a hidden field once it was sent).</summary>
    public string? SentTo { get; set; }

    /// <summary><see cref="SentTo"/>, or null while no code was sent.</summary>
    public string? SentAddress => string.IsNullOrWhiteSpace(SentTo) ? null : SentTo;

    public string Code { get; set; } = "";

    public string? Action { get; set; }
}
