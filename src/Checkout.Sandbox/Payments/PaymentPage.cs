using Checkout.Sandbox.Data;
using Microsoft.AspNetCore.Antiforgery;
using static Checkout.Sandbox.Payments.HtmlPage;

namespace Checkout.Sandbox.Payments;

/// <summary>The simulated payment provider: the order summary and four outcomes as plain form posts.</summary>
internal static class PaymentPage
{
    public static string Body(SandboxText text, Venue venue, Order order, string formRoot, int payLaterSeconds, AntiforgeryTokenSet tokens)
    {
        var summary = Definitions(
            (text["Venue"], venue.Name),
            (text["Order"], order.Key),
            (text["PaymentMethod"], order.PaymentMethod.Name),
            (text["Tickets"], order.Lines.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            (text["Donation"], text.Money(order.Donation)),
            (text["Fee"], text.Money(order.PaymentMethod.Fee)),
            (text["AmountDue"], text.Money(order.Amount + order.PaymentMethod.Fee)),
            (text["Status"], order.PaymentStatus));
        if (!order.IsPending || order.PaysAt is not null)
        {
            return $"<p>{Encode(text["PayIntro"])}</p>{summary}<p role=\"status\">{Encode(text["Finished"])}</p>";
        }
        var action = $"{formRoot}/pay/{Uri.EscapeDataString(order.Key)}";
        return $"<p>{Encode(text["PayIntro"])}</p>{summary}"
            + $"<fieldset><legend>{Encode(text["ChooseOutcome"])}</legend>"
            + Button(action, "pay", text["Pay"], tokens)
            + Button(action, "cancel", text["Cancel"], tokens)
            + Button(action, "fail", text["Fail"], tokens)
            + Button(action, "later", text.Format("PayLater", payLaterSeconds), tokens)
            + "</fieldset>";
    }

    private static string Button(string action, string outcome, string label, AntiforgeryTokenSet tokens) =>
        $"<form method=\"post\" action=\"{Encode(action)}/{outcome}\">"
        + $"<input type=\"hidden\" name=\"{Encode(tokens.FormFieldName)}\" value=\"{Encode(tokens.RequestToken)}\">"
        + $"<button type=\"submit\" data-testid=\"sandbox-{outcome}\">{Encode(label)}</button></form>";
}
