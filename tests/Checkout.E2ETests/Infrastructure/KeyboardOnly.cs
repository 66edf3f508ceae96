using Microsoft.Playwright;

namespace Checkout.E2ETests.Infrastructure;

/// <summary>Reaches elements with Tab only (never a mouse or a programmatic focus) and activates them with Enter.</summary>
public sealed class KeyboardOnly(IPage page)
{
    private const int MaxTabs = 120;

    public async Task TabToAsync(ILocator target)
    {
        await target.WaitForAsync();
        for (var i = 0; i < MaxTabs; i++)
        {
            if (await target.EvaluateAsync<bool>("el => el === document.activeElement || el.contains(document.activeElement)"))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        throw new InvalidOperationException($"{target} was not reached with {MaxTabs} presses of Tab.");
    }

    public async Task ActivateAsync(ILocator target)
    {
        await TabToAsync(target);
        await page.Keyboard.PressAsync("Enter");
    }
}
