using AngleSharp.Html.Dom;
using Bunit;
using Checkout.ComponentTests.Infrastructure;
using Checkout.Tests.Shared.Fakes;
using Checkout.Web.Features.Cart;
using Checkout.Web.Features.Purchase;
using Checkout.Web.Shell.Clients;
using Checkout.Web.Shell.Visitors;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.ComponentTests.Purchase;

/// <summary>The checkout page over the fake VdM, with two standard tickets (2 × € 24,50) in the visitor's cart.</summary>
public abstract class CheckoutPageTestBase(string culture = "nl") : CheckoutTestContext(culture: culture)
{
    protected const string ScriptModule = "./js/checkout.js";

    protected static CancellationToken Cancel => Xunit.TestContext.Current.CancellationToken;

    protected Task FillCartAsync() =>
        Services.GetRequiredService<CartService>().AddAsync(DemoCatalog.Performance, DemoCatalog.PerOrder, [new TicketRequest(DemoCatalog.Standard, 2)], Cancel);

    protected async Task<IRenderedComponent<CheckoutPage>> RenderWithCartAsync()
    {
        await FillCartAsync();
        return Render<CheckoutPage>();
    }

    /// <summary>Answers the page's top-level navigation like a browser would (true = it left the page).</summary>
    protected BunitJSModuleInterop SetUpNavigation(bool navigates = true)
    {
        var module = JSInterop.SetupModule(ScriptModule);
        module.Setup<bool>("navigateTop", _ => true).SetResult(navigates);
        return module;
    }

    protected static void Type(IRenderedComponent<CheckoutPage> page, string testId, string value) =>
        page.Find($"[data-testid={testId}]").Change(value);

    protected static void FillValidBuyer(IRenderedComponent<CheckoutPage> page)
    {
        Type(page, "email", " anna@example.nl ");
        Type(page, "firstname", "Anna");
        Type(page, "lastname", "de Vries");
        Type(page, "phone", "06-12345678");
        Type(page, "address", "Kerkstraat 1");
        Type(page, "zip", "1234ab");
        Type(page, "city", "Utrecht");
    }

    protected static string ValueOf(IRenderedComponent<CheckoutPage> page, string testId) =>
        ((IHtmlInputElement)page.Find($"[data-testid={testId}]")).Value;

    protected static bool IsChecked(IRenderedComponent<CheckoutPage> page, string selector) =>
        ((IHtmlInputElement)page.Find(selector)).IsChecked;

    protected static void PlaceOrder(IRenderedComponent<CheckoutPage> page) => page.Find("[data-testid=place-order]").Click();

    protected int OrderCreates => Vdm.Calls.Count(c => c == "CreateOrder");

    protected async Task<Buyer?> SavedBuyerAsync() =>
        (await Services.GetRequiredService<CartSessionStore>().GetAsync(new ShopVisitor(ClientKeys.Default, VisitorId, null), Cancel)).Buyer;
}
