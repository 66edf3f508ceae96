using Checkout.IntegrationTests.Infrastructure;
using Checkout.IntegrationTests.Security;
using Checkout.Web.Features.Cart;
using Checkout.Web.Shell.Clients;
using Checkout.Web.Shell.Visitors;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.IntegrationTests.Seats;

/// <summary>Cart actions and reads as a browser's visitor, as the cart page's circuit does them (from the same address).</summary>
internal static class VisitorScope
{
    public static async Task<T> AsVisitorAsync<T>(CheckoutWebFactory app, ShopBrowser visitor, Func<CartService, Task<T>> action)
    {
        var cookie = visitor.Cookies.GetAllCookies().Single(c => c.Name == "checkout.visitor.default");
        var visitorId = app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Checkout.Visitor.v1")
            .Unprotect(Uri.UnescapeDataString(cookie.Value))["default:".Length..];
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentClient>().Set("default");
        scope.ServiceProvider.GetRequiredService<CurrentVisitor>().Set(visitorId);
        scope.ServiceProvider.GetRequiredService<CurrentVisitor>().SetAddress("127.0.0.1");
        return await action(scope.ServiceProvider.GetRequiredService<CartService>());
    }

    /// <summary>The seats the visitor's cart holds, as the cart page names them ("Parket, rij 3, stoel 7"), in order.</summary>
    public static async Task<List<string>> CartSeatsAsync(CheckoutWebFactory app, ShopBrowser visitor)
    {
        var view = await AsVisitorAsync(app, visitor, cart => cart.GetAsync(TestContext.Current.CancellationToken));
        return [.. view.Cart.Lines.Select(l => $"{l.Section}, rij {l.Row}, stoel {l.SeatNumber}").Order(StringComparer.Ordinal)];
    }
}
