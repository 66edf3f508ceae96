using System.Net;

namespace Checkout.Surge.Tests;

/// <summary>
/// The surge tells a correct refusal from a fault by the shop's automation hooks alone (the markup below is what
/// AddToCartForm, TicketTypeField and TicketAvailabilityNotice render), never by the message's words.
/// </summary>
public sealed class RefusalsTests
{
    // The 14 "errors" of the 2026-12-05 run at 6,000 buyers a minute: two tickets asked, one seat left.
    [Fact]
    public void Fewer_seats_left_than_asked_for_is_a_refusal_not_an_error()
    {
        var page = Form(TypeError("quantityrange", "Kies een aantal van 0 tot en met 1."));

        Assert.Equal(new Classified(RefusalKind.TooFewLeft, null), Refusals.Classify(HttpStatusCode.OK, page));
    }

    [Theory]
    [InlineData("quantityrange", RefusalKind.TooFewLeft)]
    [InlineData("toomanyintotal", RefusalKind.TooFewLeft)]
    [InlineData("limitreached", RefusalKind.TooFewLeft)]
    [InlineData("soldout", RefusalKind.SoldOut)]
    [InlineData("seatspervisitorreached", RefusalKind.SeatCap)]
    [InlineData("seatsperaddressreached", RefusalKind.SeatCap)]
    [InlineData("toomanyrequests", RefusalKind.RateLimited)]
    public void A_message_next_to_a_ticket_type_or_at_the_top_of_the_form_is_read_by_its_data_problem(string problem, RefusalKind kind)
    {
        Assert.Equal(kind, Refusals.Classify(HttpStatusCode.OK, Form(TypeError(problem, "…"))).Refusal);
        Assert.Equal(kind, Refusals.Classify(HttpStatusCode.OK, Form(FormError(problem, "…"))).Refusal);
    }

    [Fact]
    public void The_words_do_not_matter_only_the_hook_does()
    {
        var soldOutWords = Form(TypeError("quantityrange", "Er zijn niet genoeg kaarten meer voor deze voorstelling."));
        var english = Form(TypeError("soldout", "There are not enough tickets left for this performance."));

        Assert.Equal(RefusalKind.TooFewLeft, Refusals.Classify(HttpStatusCode.OK, soldOutWords).Refusal);
        Assert.Equal(RefusalKind.SoldOut, Refusals.Classify(HttpStatusCode.OK, english).Refusal);
    }

    [Fact]
    public void A_page_that_offers_no_form_says_why_by_its_notice()
    {
        Assert.Equal(RefusalKind.SoldOut, Refusals.Classify(HttpStatusCode.OK,
            """<div class="mud-alert" data-testid="event-sold-out">Uitverkocht</div>""").Refusal);
        Assert.Equal(RefusalKind.TooFewLeft, Refusals.Classify(HttpStatusCode.OK,
            """<div class="mud-alert" data-testid="cap-reached">Je hebt al 10 kaarten</div>""").Refusal);
    }

    [Fact]
    public void Rate_limiting_by_status_is_its_own_kind()
    {
        Assert.Equal(new Classified(RefusalKind.RateLimited, null), Refusals.Classify(HttpStatusCode.TooManyRequests, "Te veel verzoeken"));
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError, "<html>Er ging iets mis</html>", "HTTP 500")]
    [InlineData(HttpStatusCode.BadRequest, "", "HTTP 400")]
    [InlineData(HttpStatusCode.OK, "<html><p>Iets anders</p></html>", "page without a refusal")]
    [InlineData(HttpStatusCode.OK, """<div data-testid="tickettypes-error">…</div>""", "ticket types unavailable (tickettypes-error)")]
    public void Anything_else_is_a_fault(HttpStatusCode status, string html, string fault)
    {
        Assert.Equal(new Classified(null, fault), Refusals.Classify(status, html));
    }

    [Theory]
    [InlineData("unavailable")]
    [InlineData("rejected")]
    [InlineData("notforsale")]
    [InlineData("holdlimitreached")]
    public void A_refusal_a_new_buyer_should_never_get_is_a_fault_named_by_its_problem(string problem)
    {
        Assert.Equal(new Classified(null, $"refused: {problem}"), Refusals.Classify(HttpStatusCode.OK, Form(TypeError(problem, "…"))));
    }

    [Fact]
    public void A_message_without_data_problem_is_a_fault_not_a_guess()
    {
        var page = Form("""<p id="ticket-error-0" class="error" data-testid="ticket-type-error">Kies een aantal van 0 tot en met 1.</p>""");

        Assert.Equal(new Classified(null, "refused without data-problem (ticket-type-error)"), Refusals.Classify(HttpStatusCode.OK, page));
    }

    private static string TypeError(string problem, string text) =>
        $"""<div class="ticket-type" data-testid="ticket-type" data-discount-id="1"><input id="ticket-qty-0" name="Form.Lines[0].Quantity" type="number" value="2" data-testid="ticket-qty" aria-invalid="true" /><p id="ticket-error-0" class="error" data-testid="ticket-type-error" data-problem="{problem}">{text}</p></div>""";

    private static string FormError(string problem, string text) =>
        $"""<p class="form-error" role="alert" tabindex="-1" autofocus data-testid="add-to-cart-error" data-problem="{problem}">{text}</p>""";

    private static string Form(string inner) => $"""<form method="post" class="add-to-cart">{inner}<button type="submit" data-testid="add-to-cart">In winkelwagen</button></form>""";
}
