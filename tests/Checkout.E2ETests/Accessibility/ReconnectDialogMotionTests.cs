using Checkout.E2ETests.Infrastructure;
using Microsoft.Playwright;

namespace Checkout.E2ETests.Accessibility;

/// <summary>
/// The reconnect dialog (shown while the connection to the server is down) slides in and pulses for most visitors,
/// and stands still for a visitor whose system asks for reduced motion.
/// </summary>
public sealed class ReconnectDialogMotionTests(BrowserFixture browser, CheckoutAppFixture app) : BrowserTest(browser, app.BaseAddress)
{
    [Theory(Timeout = BrowserFixture.TestTimeoutMs)]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_reconnect_dialog_moves_only_for_visitors_who_did_not_ask_for_reduced_motion(bool reduce)
    {
        await Page.EmulateMediaAsync(new PageEmulateMediaOptions { ReducedMotion = reduce ? ReducedMotion.Reduce : ReducedMotion.NoPreference });
        await Page.GotoAsync("cart");

        // The state Blazor's reconnect handler puts the dialog in while it retries.
        var motion = await Page.EvaluateAsync<string[]>(
            """
            () => {
              const dialog = document.getElementById("components-reconnect-modal");
              dialog.classList.add("components-reconnect-retrying");
              dialog.showModal();
              const rings = dialog.querySelector(".components-rejoining-animation");
              return [getComputedStyle(dialog).animationName, getComputedStyle(rings).display];
            }
            """);

        if (reduce)
        {
            Assert.Equal(["none", "none"], motion);
        }
        else
        {
            Assert.NotEqual("none", motion[0]);
            Assert.Equal("block", motion[1]);
        }
    }
}
