using Microsoft.AspNetCore.Components;

namespace Checkout.Web.Features.Customers;

/// <summary>
/// The identified-checkout step as static form posts: ask for a code and type it, or answer "continue as …?" for a
/// venue token that arrived while other details were typed. A proof takes the customer record's details into the
/// checkout form (through <see cref="Purchase.CheckoutState"/>), keeps them with the cart and redirects through a
/// one-time ticket: only a page request can give the visitor the new id a verification brings
/// (<see cref="VerificationTickets"/>).
/// </summary>
public sealed partial class CustomerStep
{
    private const string CodeForm = "customer-code";
    private const string ActionName = $"{nameof(Code)}.{nameof(CustomerCodeInput.Action)}";

    private bool available;
    private PendingIdentity? pending;
    private string lookupEmail = "";
    private string? sentTo;
    private string? problem;

    /// <summary>The checkout form's state: a proof fills it, signing out clears the customer.</summary>
    [Parameter, EditorRequired]
    public required Purchase.CheckoutState State { get; set; }

    [SupplyParameterFromForm(FormName = CodeForm)]
    private CustomerCodeInput? Code { get; set; }

    // The same fields posted with the checkout form, when the step joins it.
    [SupplyParameterFromForm(FormName = Purchase.CheckoutInput.FormName, Name = nameof(Code))]
    private CustomerCodeInput? JoinedCode { get; set; }

    /// <summary>
    /// The id of the page form the step's fields and buttons join (the checkout's: a press carries the typed details);
    /// its handler calls <see cref="SubmitJoinedAsync"/>. Null = the step posts forms of its own.
    /// </summary>
    [Parameter]
    public string? JoinForm { get; set; }

    private bool Joined => JoinForm is not null;

    /// <summary>The checkout's step (the default), or My tickets' proof of the address.</summary>
    [Parameter]
    public CustomerStepUse Use { get; set; }

    protected override async Task OnInitializedAsync()
    {
        available = Identity.IsAvailable;
        if (available)
        {
            pending = await Identity.GetPendingAsync(CancellationToken.None);
        }

        // Any post (of the joined form too: placing the order, extending) shows the address and code as they were.
        if ((Code ?? JoinedCode) is { } posted)
        {
            (lookupEmail, sentTo) = (posted.Email, posted.SentAddress);
        }
    }

    /// <summary>A post of the form the step joined: runs the step's button that was pressed, if one was.</summary>
    public async Task SubmitJoinedAsync()
    {
        if (!Joined || JoinedCode is not { } posted)
        {
            return;
        }

        await (posted.Action switch
        {
            CustomerCodeInput.Confirm => ConfirmPendingAsync(),
            CustomerCodeInput.Decline => DeclinePendingAsync(),
            CustomerCodeInput.SignOut => SignOutAsync(),
            _ => SubmitCodeAsync(posted),
        });
        StateHasChanged();
    }

    private Task SubmitCodeAsync() => Code is { } posted ? SubmitCodeAsync(posted) : Task.CompletedTask;

    private async Task SubmitCodeAsync(CustomerCodeInput posted)
    {
        if (!available)
        {
            return;
        }

        switch (posted.Action)
        {
            case CustomerCodeInput.Lookup or CustomerCodeInput.Resend:
                await RequestCodeAsync(sentTo ?? posted.Email);
                break;
            case CustomerCodeInput.Verify when sentTo is not null:
                await VerifyAsync(sentTo, posted.Code);
                break;
            case CustomerCodeInput.Other:
                (lookupEmail, sentTo) = ("", null);
                break;
        }
    }

    private async Task RequestCodeAsync(string email)
    {
        switch (await Identity.RequestCodeAsync(email, CancellationToken.None))
        {
            case LookupOutcome.Sent:
                sentTo = email.Trim();
                break;
            case LookupOutcome.Limited:
                problem = "Limited";
                break;
            default:
                problem = "LookupInvalid";
                break;
        }
    }

    private async Task VerifyAsync(string email, string code)
    {
        problem = await Identity.VerifyCodeAsync(email, code, CancellationToken.None) switch
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

    private async Task ConfirmPendingAsync()
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

    private async Task DeclinePendingAsync()
    {
        await Identity.DeclinePendingAsync(CancellationToken.None);
        pending = null;
    }

    // The details take the record's and stay with the cart; the redirect through the ticket brings the new visitor id.
    private async Task CompleteAsync()
    {
        pending = null;
        if (await Identity.GetVerifiedAsync(CancellationToken.None) is not { } verified)
        {
            return;
        }

        State.Verify(verified);
        await State.KeepAsync(CancellationToken.None);
        var page = await Identity.ContinueUrlAsync(Navigation.ToBaseRelativePath(Navigation.Uri).Split('?', '#')[0], CancellationToken.None);
        Navigation.NavigateTo(page);
    }

    private async Task SignOutAsync()
    {
        await Identity.SignOutAsync(CancellationToken.None);
        (sentTo, problem) = (null, null);
        State.SignedOut();
        if (Use == CustomerStepUse.MyTickets)
        {
            // The page around the step rendered its orders before this post was handled: load it again without them.
            Navigation.NavigateTo(Navigation.ToBaseRelativePath(Navigation.Uri).Split('?', '#')[0]);
        }
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
    private string Say(string key, params object?[] arguments) =>
        Use == CustomerStepUse.MyTickets && T["Tickets" + key, arguments!] is { ResourceNotFound: false } own ? own : T[key, arguments!];
}
