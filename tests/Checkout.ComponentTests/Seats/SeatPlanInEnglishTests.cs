using Bunit;
using Checkout.ComponentTests.Infrastructure;
using Checkout.Web.Features.Seats;

namespace Checkout.ComponentTests.Seats;

public sealed class SeatPlanInEnglishTests() : CheckoutTestContext(culture: "en")
{
    [Fact]
    public void Plan_and_list_speak_english()
    {
        var plan = Render<SeatPlan>(p => p.Add(c => c.Map, SeatPlanTests.Map).Add(c => c.Selected, new HashSet<string>()));
        var list = Render<SeatList>(p => p.Add(c => c.Map, SeatPlanTests.Map).Add(c => c.Selected, new HashSet<string>()));

        Assert.Equal("Parket, row 1, seat 3, from €27.50, taken", plan.Find("[data-seat-id=r1s3]").GetAttribute("aria-label"));
        Assert.Contains("Stage", plan.Find("svg").TextContent, StringComparison.Ordinal);
        Assert.Equal("Row 2: 2 free, from €27.50", list.FindAll("summary")[1].TextContent.Trim());
        Assert.Equal("Seat 1, wheelchair place, with companion seat 2, from €27.50", list.Find("label[for=seat-r2s1]").TextContent.Trim());
    }
}
