using System.Net;
using System.Text;

namespace Checkout.Web.Features.Customers;

/// <summary>
/// /dev/mailbox: the mails of the development mailbox as a bare HTML page, for trying and testing the code flow
/// locally. Mapped only when a client runs against the embedded sandbox, no SMTP host is configured and the mailbox may
/// be shown (Development, or <c>Sandbox:Mailbox</c> true).
/// </summary>
internal static class DevelopmentMailboxEndpoint
{
    public const string Path = "/dev/mailbox";

    public static void MapDevelopmentMailbox(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Path, (DevelopmentMailbox mailbox, string? to) =>
        {
            var html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Development mailbox</title>"
                + "<meta name=\"robots\" content=\"noindex\"></head><body><h1>Development mailbox</h1>"
                + "<p>Mails the sandbox shop would have sent (newest first, kept in memory).</p>");
            foreach (var mail in mailbox.Mails.Where(m => to is null || string.Equals(m.To, to.Trim(), StringComparison.OrdinalIgnoreCase)))
            {
                html.Append("<article data-testid=\"dev-mail\"><h2>").Append(WebUtility.HtmlEncode(mail.Subject)).Append("</h2><p>To: <span data-testid=\"dev-mail-to\">")
                    .Append(WebUtility.HtmlEncode(mail.To)).Append("</span> · From: ").Append(WebUtility.HtmlEncode(mail.FromName))
                    .Append("</p><pre data-testid=\"dev-mail-body\">").Append(WebUtility.HtmlEncode(mail.Body)).Append("</pre></article>");
            }

            html.Append("</body></html>");
            return Results.Content(html.ToString(), "text/html; charset=utf-8");
        }).ExcludeFromDescription();
}
