namespace Checkout.Web.Shell.Embedding;

/// <summary>
/// The demo venue pages' own analytics: the GA4 example of docs/embedding.md (the checkout's events into a
/// <c>dataLayer</c>), plus a visible list of what arrived, so a visitor (and the E2E tests) can see the events.
/// </summary>
internal static class DemoVenueAnalytics
{
    public static string Section(bool english) => $"""
        <section aria-labelledby="analytics-heading">
          <h2 id="analytics-heading">{(english ? "What the venue's analytics received" : "Wat de analytics van het theater ontving")}</h2>
          <ol data-testid="venue-analytics" aria-live="polite"></ol>
        </section>
        """;

    /// <summary>Plain script for an inline element; the page's CSP admits it by nonce or 'unsafe-inline'.</summary>
    public const string Script = """
        window.dataLayer = window.dataLayer || [];
        for (const type of ['checkout_started', 'add_to_cart', 'purchase']) {
          document.addEventListener('checkout:' + type, (event) => {
            const m = event.detail;
            window.dataLayer.push({ ecommerce: null });
            window.dataLayer.push({ event: type === 'checkout_started' ? 'begin_checkout' : type, ecommerce: {
              transaction_id: m.order, currency: m.currency, value: m.value,
              items: m.items.map((i) => ({ item_id: String(i.performance), item_name: i.performance_name,
                item_variant: i.ticket_type_name, price: i.price, quantity: i.quantity })) } });
            const entry = document.createElement('li');
            entry.dataset.testid = 'venue-analytics-event';
            entry.dataset.event = type;
            entry.textContent = type + ': ' + m.items.map((i) => i.quantity + ' × ' + i.performance_name + ' (' + i.ticket_type_name + ')').join(', ')
              + ' – ' + m.currency + ' ' + m.value.toFixed(2) + (m.order ? ' – ' + m.order : '');
            document.querySelector('[data-testid="venue-analytics"]').append(entry);
          });
        }
        """;
}
