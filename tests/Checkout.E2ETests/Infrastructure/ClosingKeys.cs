using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Checkout.E2ETests.Infrastructure;

/// <summary>
/// A key that closes what holds the focus, such as Escape inside the shop's frame (the frame is removed). Playwright's
/// press sends the key-up right after the key-down; when the key-down's handler removes the focused frame, that key-up
/// can be routed to the frame being torn down and is never acknowledged, and the press waits forever (it took a CI
/// run's whole test limit twice). So: key down, wait until the thing closed, key up where the focus is now. Each step is
/// bounded, so a real failure names itself.
/// </summary>
public static class ClosingKeys
{
    private static readonly TimeSpan KeyTimeout = TimeSpan.FromMilliseconds(BrowserFixture.ActionTimeoutMs);

    public static async Task PressToCloseAsync(IPage page, string key, ILocator closing)
    {
        await page.Keyboard.DownAsync(key).WaitAsync(KeyTimeout);
        await Expect(closing).ToHaveCountAsync(0);
        await page.Keyboard.UpAsync(key).WaitAsync(KeyTimeout);
    }
}
