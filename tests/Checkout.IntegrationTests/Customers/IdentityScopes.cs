using Checkout.IntegrationTests.Infrastructure;
using Checkout.IntegrationTests.Security;
using Checkout.Web.Features.Cart;
using Checkout.Web.Features.Customers;
using Checkout.Web.Features.Purchase;
using Checkout.Web.Shell.Clients;
using Checkout.Web.Shell.Visitors;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.IntegrationTests.Customers;

/// <summary>
/// What a test needs to look behind a running app: a circuit-like scope of one visitor, the visitor id inside a
/// browser's cookie, and the server-side state kept under it.
/// </summary>
internal sealed class IdentityScopes(CheckoutWebFactory app) : IDisposable
{
    private readonly List<IServiceScope> scopes = [];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The identified-checkout service of one visitor, as their circuit would have it.</summary>
    public CustomerIdentityService Visitor(string visitorId, string ip = "10.1.1.1")
    {
        var scope = app.Services.CreateScope();
        scopes.Add(scope);
        scope.ServiceProvider.GetRequiredService<CurrentClient>().Set(ClientKeys.Default);
        scope.ServiceProvider.GetRequiredService<CurrentVisitor>().Set(visitorId);
        scope.ServiceProvider.GetRequiredService<CurrentVisitor>().SetAddress(ip);
        return scope.ServiceProvider.GetRequiredService<CustomerIdentityService>();
    }

    public T Get<T>() where T : notnull => app.Services.GetRequiredService<T>();

    /// <summary>The visitor id the browser's cookie holds for the default client.</summary>
    public string VisitorIdOf(ShopBrowser browser) => IdIn(CookieOf(browser));

    public string CookieOf(ShopBrowser browser) =>
        browser.Cookies.GetCookies(browser.Http.BaseAddress!)["checkout.visitor.default"]?.Value
        ?? throw new InvalidOperationException("The browser has no visitor cookie.");

    public string IdIn(string cookie) =>
        app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Checkout.Visitor.v1").Unprotect(cookie)["default:".Length..];

    public Task<VerifiedIdentity?> IdentityOfAsync(string visitorId) => Get<VerifiedIdentityStore>().GetAsync(Of(visitorId), Ct);

    public Task<CartSession> SessionOfAsync(string visitorId) => Get<CartSessionStore>().GetAsync(Of(visitorId), Ct);

    /// <summary>What the visitor typed at checkout, kept with the cart session (as after a failed order).</summary>
    public async Task TypeAsync(string visitorId, Buyer details) =>
        await Get<CartSessionStore>().SaveAsync(Of(visitorId), (await SessionOfAsync(visitorId)).WithBuyer(details), Ct);

    public static ShopVisitor Of(string visitorId) => new(ClientKeys.Default, visitorId, null);

    public void Dispose()
    {
        foreach (var scope in scopes)
        {
            scope.Dispose();
        }
    }
}
