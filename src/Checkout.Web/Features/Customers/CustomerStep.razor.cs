using Microsoft.AspNetCore.Components;

namespace Checkout.Web.Features.Customers;

/// <summary>
/// The e-mail step of identified checkout: ask for a code, type it, and the checkout form takes the customer record's
/// details (through <see cref="Purchase.CheckoutState"/>). Offered only where codes can be sent and Peppered answers.
/// </summary>
public sealed partial class CustomerStep
{
    private bool available;
    private IDisposable? subscription;
    private string lookupEmail = "";
    private string code = "";
    private string? sentTo;
    private string? problem;
    private bool busy;

    protected override void OnInitialized()
    {
        available = Identity.IsAvailable;
        if (available)
        {
            subscription = State.NotifyOnChange(EventCallback.Factory.Create(this, () => { }));
        }
    }

    private async Task RequestCodeAsync()
    {
        busy = true;
        problem = null;
        try
        {
            var email = sentTo ?? lookupEmail;
            switch (await Identity.RequestCodeAsync(email, CancellationToken.None))
            {
                case LookupOutcome.Sent:
                    sentTo = email.Trim();
                    code = "";
                    break;
                case LookupOutcome.Limited:
                    problem = "Limited";
                    break;
                default:
                    problem = "LookupInvalid";
                    break;
            }
        }
        finally
        {
            busy = false;
        }
    }

    private async Task VerifyAsync()
    {
        busy = true;
        problem = null;
        try
        {
            problem = await Identity.VerifyCodeAsync(sentTo!, code, CancellationToken.None) switch
            {
                VerifyOutcome.Verified => null,
                VerifyOutcome.Wrong => "CodeWrong",
                VerifyOutcome.TooManyAttempts => "CodeTooMany",
                VerifyOutcome.Limited => "Limited",
                VerifyOutcome.Unavailable => "Unavailable",
                _ => "CodeExpired",
            };
        }
        finally
        {
            busy = false;
        }

        if (problem is null && await Identity.GetVerifiedAsync(CancellationToken.None) is { } verified)
        {
            await State.VerifiedAsync(verified);
        }
    }

    private void OtherEmail() => (sentTo, code, problem) = (null, "", null);

    private async Task SignOutAsync()
    {
        await Identity.SignOutAsync(CancellationToken.None);
        (sentTo, code, problem) = (null, "", null);
        await State.IdentityChangedAsync(null);
    }

    public void Dispose() => subscription?.Dispose();
}
