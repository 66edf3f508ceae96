using Microsoft.AspNetCore.Components;

namespace Checkout.Web.Features.Customers;

/// <summary>
/// The identified-checkout step: ask for a code and type it, or answer "continue as …?" for a venue token that
/// arrived while other details were typed. A proof takes the customer record's details into the checkout form
/// (through <see cref="Purchase.CheckoutState"/>), keeps the form with the cart and reloads the page through a one-time
/// ticket: only a page request can give the visitor the new id a verification brings (<see cref="VerificationTickets"/>).
/// </summary>
public sealed partial class CustomerStep
{
    private bool available;
    private IDisposable? subscription;
    private PendingIdentity? pending;
    private string lookupEmail = "";
    private string code = "";
    private string? sentTo;
    private string? problem;
    private bool busy;

    /// <summary>The checkout's step (the default), or My tickets' proof of the address.</summary>
    [Parameter]
    public CustomerStepUse Use { get; set; }

    protected override async Task OnInitializedAsync()
    {
        available = Identity.IsAvailable;
        if (available)
        {
            subscription = State.NotifyOnChange(EventCallback.Factory.Create(this, () => { }));
            pending = await Identity.GetPendingAsync(CancellationToken.None);
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
            if (problem is null)
            {
                await CompleteAsync();
            }
        }
        finally
        {
            busy = false;
        }
    }

    private async Task ConfirmPendingAsync()
    {
        busy = true;
        problem = null;
        try
        {
            if (await Identity.ConfirmPendingAsync(CancellationToken.None))
            {
                await CompleteAsync();
            }
            else
            {
                (pending, problem) = (null, "Unavailable");
            }
        }
        finally
        {
            busy = false;
        }
    }

    private async Task DeclinePendingAsync()
    {
        await Identity.DeclinePendingAsync(CancellationToken.None);
        pending = null;
    }

    // The form shows the record at once; the reload brings the new visitor id, with the cart and these details.
    private async Task CompleteAsync()
    {
        pending = null;
        if (await Identity.GetVerifiedAsync(CancellationToken.None) is not { } verified)
        {
            return;
        }

        await State.VerifiedAsync(verified);
        await State.KeepAsync(CancellationToken.None);
        var page = await Identity.ContinueUrlAsync(Navigation.ToBaseRelativePath(Navigation.Uri).Split('?', '#')[0], CancellationToken.None);
        Navigation.NavigateTo(page, forceLoad: true);
    }

    private void OtherEmail() => (sentTo, code, problem) = (null, "", null);

    private async Task SignOutAsync()
    {
        await Identity.SignOutAsync(CancellationToken.None);
        (sentTo, code, problem) = (null, "", null);
        await State.IdentityChangedAsync(null);
    }

    // A wait longer than two hours (the daily ceiling) reads better in hours.
    private string ProblemText(string key)
    {
        if (key != "Limited")
        {
            return Say(key);
        }

        var wait = Identity.RetryAfter;
        return wait > TimeSpan.FromHours(2) ? Say("LimitedHours", (int)Math.Ceiling(wait.TotalHours)) : Say("Limited", Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes)));
    }

    // My tickets has no form below the step: where a checkout text points to the form, it has its own ("Tickets…").
    private string Say(string key, params object?[] arguments)
    {
        if (Use == CustomerStepUse.MyTickets && T["Tickets" + key, arguments!] is { ResourceNotFound: false } own)
        {
            return own;
        }

        return T[key, arguments!];
    }

    public void Dispose() => subscription?.Dispose();
}
