using AngleSharp.Dom;
using Checkout.IntegrationTests.Security;

namespace Checkout.IntegrationTests.Purchase;

/// <summary>
/// A form of a statically rendered page, posted as a browser without JavaScript does: its named inputs as rendered
/// (checked boxes and the checked radio only), plus the pressed button's name and value.
/// </summary>
internal static class CheckoutForm
{
    public static List<KeyValuePair<string, string>> FieldsOf(IDocument page, string formSelector)
    {
        var form = page.QuerySelector(formSelector) ?? throw new InvalidOperationException($"No {formSelector} on the page");
        // Inputs elsewhere on the page join a form with an id through form="…", as the checkout's customer step does.
        IEnumerable<IElement> joined = form.Id is { Length: > 0 } id ? page.QuerySelectorAll($"input[name][form='{id}']") : [];
        return form.QuerySelectorAll("input[name]").Concat(joined)
            .Where(i => i.GetAttribute("type") is not ("checkbox" or "radio") || i.HasAttribute("checked"))
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""))
            .ToList();
    }

    /// <summary>The fields of the form Blazor knows by <paramref name="handler"/> (its @formname).</summary>
    public static List<KeyValuePair<string, string>> FieldsOfForm(IDocument page, string handler) =>
        FieldsOf(page, $"form:has(input[name=_handler][value='{handler}'])");

    /// <summary>The checkout form of <paramref name="checkout"/> filled in by a valid buyer who pays by iDEAL, placing the order.</summary>
    public static List<KeyValuePair<string, string>> PlaceOrderFields(IDocument checkout)
    {
        var fields = FieldsOf(checkout, "form#checkout-form");
        fields.Set("Input.Buyer.Email", "anna@example.nl");
        fields.Set("Input.Buyer.FirstName", "Anna");
        fields.Set("Input.Buyer.LastName", "de Vries");
        fields.Set("Input.PaymentMethodId", Checkout.Sandbox.SandboxDemoIds.Ideal.ToString(System.Globalization.CultureInfo.InvariantCulture));
        fields.Set("Input.Action", "place");
        return fields;
    }

    public static void Set(this List<KeyValuePair<string, string>> fields, string name, string value)
    {
        fields.RemoveAll(f => f.Key == name);
        fields.Add(new(name, value));
    }

    public static async Task<(HttpResponseMessage Response, string Body)> PostAsync(
        this ShopBrowser browser, string url, List<KeyValuePair<string, string>> fields) =>
        await browser.SendAsync(new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) });
}
