using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Checkout.E2ETests.Infrastructure.PageObjects;

/// <summary>The identified-checkout step on the checkout page, and the sandbox's development mailbox.</summary>
public sealed partial class CustomerStep(IPage page)
{
    public ILocator LookupEmail => page.GetByTestId("customer-lookup-email");
    public ILocator Lookup => page.GetByTestId("customer-lookup");
    public ILocator CodeSent => page.GetByTestId("customer-code-sent");
    public ILocator Code => page.GetByTestId("customer-code");
    public ILocator Verify => page.GetByTestId("customer-verify");
    public ILocator Verified => page.GetByTestId("customer-verified");
    public ILocator SignOut => page.GetByTestId("customer-signout");
    public ILocator Orders => page.GetByTestId("customer-orders");
    public ILocator Order => page.GetByTestId("customer-order");

    /// <summary>
    /// Asks for a code, reads it from the development mailbox in a second tab and confirms it; the page then reloads
    /// through its one-time verification ticket (the new visitor id).
    /// </summary>
    public async Task VerifyWithMailboxCodeAsync(string email)
    {
        await LookupEmail.FillAsync(email);
        await Lookup.ClickAsync();
        await Expect(CodeSent).ToBeVisibleAsync();

        var code = await CodeFromMailboxAsync(email);
        await Code.FillAsync(code);
        await page.RunAndWaitForResponseAsync(() => Verify.ClickAsync(), r => r.Url.Contains("verified=", StringComparison.Ordinal));
        if (new Uri(page.Url).AbsolutePath.EndsWith("/checkout", StringComparison.Ordinal))
        {
            await new CheckoutFormPage(page).WaitForReadyAsync();
        }

        await Expect(Verified).ToBeVisibleAsync();
    }

    private async Task<string> CodeFromMailboxAsync(string email)
    {
        var mailbox = await page.Context.NewPageAsync();
        try
        {
            // The mail is sent off the request path: look again until it is there.
            for (var i = 0; i < 50; i++)
            {
                await mailbox.GotoAsync($"dev/mailbox?to={Uri.EscapeDataString(email)}");
                var mails = mailbox.GetByTestId("dev-mail-body");
                if (await mails.CountAsync() > 0)
                {
                    return SixDigits().Match(await mails.First.InnerTextAsync()).Value;
                }

                await mailbox.WaitForTimeoutAsync(200);
            }

            throw new InvalidOperationException($"No mail to {email} reached the development mailbox.");
        }
        finally
        {
            await mailbox.CloseAsync();
        }
    }

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();
}
