using System.Net;
using System.Text.RegularExpressions;

namespace Checkout.IntegrationTests.Sandbox;

/// <summary>
/// A visitor's browser on the sandbox's payment page: it loads the page (which sets the antiforgery cookie) and
/// submits the form of an outcome with the page's token, as a click does. No redirect is followed.
/// </summary>
internal sealed partial class PaymentSimulator : IDisposable
{
    private readonly HttpClient browser = new(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() });
    private readonly Uri paymentUrl;
    private string page = "";

    private PaymentSimulator(string paymentUrl) => this.paymentUrl = new Uri(paymentUrl);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Loads the payment page and clicks one outcome.</summary>
    public static async Task<HttpResponseMessage> ChooseAsync(string paymentUrl, string outcome)
    {
        using var simulator = await OpenAsync(paymentUrl);
        return await simulator.ClickAsync(outcome);
    }

    /// <summary>Loads the payment page; its buttons stay clickable after another one was (a second tab, a double click).</summary>
    public static async Task<PaymentSimulator> OpenAsync(string paymentUrl)
    {
        var simulator = new PaymentSimulator(paymentUrl);
        simulator.page = await simulator.browser.GetStringAsync(paymentUrl, Ct);
        return simulator;
    }

    public async Task<HttpResponseMessage> ClickAsync(string outcome)
    {
        var form = Form().Matches(page).FirstOrDefault(m => m.Groups["action"].Value.EndsWith("/" + outcome, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"The payment page has no form for '{outcome}':{Environment.NewLine}{page}");
        using var body = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [WebUtility.HtmlDecode(form.Groups["field"].Value)] = WebUtility.HtmlDecode(form.Groups["token"].Value),
        });
        return await browser.PostAsync(new Uri(paymentUrl, WebUtility.HtmlDecode(form.Groups["action"].Value)), body, Ct);
    }

    public void Dispose() => browser.Dispose();

    [GeneratedRegex("<form method=\"post\" action=\"(?<action>[^\"]+)\"><input type=\"hidden\" name=\"(?<field>[^\"]+)\" value=\"(?<token>[^\"]+)\">")]
    private static partial Regex Form();
}
