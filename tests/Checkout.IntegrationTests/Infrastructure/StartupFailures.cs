using Microsoft.Extensions.Options;

namespace Checkout.IntegrationTests.Infrastructure;

/// <summary>
/// The error an app with bad settings stops with. WebApplicationFactory's deferred host can lose a race here: when the
/// app's own start throws, it sometimes reports its already disposed service provider (ObjectDisposedException)
/// instead of the app's error, so a fresh app is started again, at most three times, until the real error shows.
/// </summary>
public static class StartupFailures
{
    private const int Attempts = 3;

    public static OptionsValidationException Of(IReadOnlyDictionary<string, string?> settings)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var app = new CheckoutWebFactory { Settings = settings };
            try
            {
                app.CreateClient().Dispose();
            }
            catch (OptionsValidationException error)
            {
                return error;
            }
            catch (ObjectDisposedException) when (attempt < Attempts)
            {
                continue;
            }

            throw new Xunit.Sdk.XunitException("The app started although its settings are invalid.");
        }
    }
}
