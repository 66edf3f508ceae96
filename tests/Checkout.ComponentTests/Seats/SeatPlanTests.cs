using Bunit;
using Checkout.ComponentTests.Infrastructure;
using Checkout.VoordeMensen.Peppered.SeatMaps;
using Checkout.Web.Features.Seats;

namespace Checkout.ComponentTests.Seats;

/// <summary>The server-drawn plan and the equivalent list: states, kinds (by shape, not colour alone), labels and notes.</summary>
public sealed class SeatPlanTests : CheckoutTestContext
{
    internal static SeatMap Map { get; } = new(1001, 1,
    [
        new SeatMapSection(7, "Parket",
        [
            new SeatMapRow(1, [Seat("r1s1", 1, 1), Seat("r1s2", 1, 2), Seat("r1s3", 1, 3, SeatState.Taken), Seat("r1s4", 1, 4)]),
            new SeatMapRow(2,
            [
                Seat("r2s1", 2, 1) with { Kind = SeatKind.Wheelchair, CompanionSeatId = "r2s2" },
                Seat("r2s2", 2, 2) with { Kind = SeatKind.Companion, WheelchairSeatId = "r2s1" },
                Seat("r2s3", 2, 3) with { Kind = SeatKind.Restricted },
            ]),
        ]),
    ],
    [new SeatRank(41, [new SeatPrice("cjp", "Rang 1 – CJP", 27.50m), new SeatPrice("std", "Rang 1 – Standaard", 32.50m)])]);

    private static SeatMapSeat Seat(string id, int row, int number, SeatState state = SeatState.Free) => new()
    {
        Id = id, SectionId = 7, SectionName = "Parket", Row = row, Number = number, RankId = 41, State = state,
    };

    [Fact]
    public void The_plan_draws_every_seat_with_its_state_kind_shape_and_label()
    {
        var plan = Render<SeatPlan>(p => p.Add(c => c.Map, Map).Add(c => c.Selected, new HashSet<string> { "r1s2" }));

        var seats = plan.FindAll("[data-testid=seat-map] [data-testid=seat]");
        Assert.Equal(["r1s1", "r1s2", "r1s3", "r1s4", "r2s1", "r2s2", "r2s3"], seats.Select(s => s.GetAttribute("data-seat-id")));
        Assert.Equal(["free", "selected", "taken", "free", "free", "free", "free"], seats.Select(s => s.GetAttribute("data-seat-state")));
        Assert.Equal(["standard", "standard", "standard", "standard", "wheelchair", "companion", "restricted"], seats.Select(s => s.GetAttribute("data-seat-kind")));
        Assert.Equal(["false", "true", "false", "false", "false", "false", "false"], seats.Select(s => s.GetAttribute("aria-checked")));
        Assert.All(seats, s => Assert.Equal("checkbox", s.GetAttribute("role")));
        Assert.Equal("true", seats[2].GetAttribute("aria-disabled"));
        Assert.Null(seats[0].GetAttribute("aria-disabled"));

        // Never colour alone: a wheelchair place is a square, a companion seat a diamond, restricted view hatched.
        Assert.NotNull(seats[4].QuerySelector("rect.shape"));
        Assert.NotNull(seats[5].QuerySelector("polygon.shape"));
        Assert.NotNull(seats[6].QuerySelector("circle.shape.restricted"));
        Assert.NotNull(seats[1].QuerySelector(".mark-selected"));
        Assert.NotNull(seats[2].QuerySelector(".mark-taken"));

        Assert.Equal("Parket, rij 1, stoel 3, vanaf € 27,50, bezet", seats[2].GetAttribute("aria-label"));
        Assert.Equal("Parket, rij 2, stoel 1, rolstoelplaats, met begeleidersplaats stoel 2, vanaf € 27,50", seats[4].GetAttribute("aria-label"));
        Assert.Equal("Parket, rij 2, stoel 2, begeleidersplaats bij rolstoelplaats stoel 1, vanaf € 27,50", seats[5].GetAttribute("aria-label"));
        Assert.Contains("Podium", plan.Find("svg").TextContent, StringComparison.Ordinal);
        Assert.Equal("Zaalplattegrond: het podium boven, stoelen per rij", plan.Find("svg").GetAttribute("aria-label"));
    }

    [Fact]
    public void Plan_seats_wait_for_the_script_to_enter_the_tab_order_and_keep_the_companion_link()
    {
        var plan = Render<SeatPlan>(p => p.Add(c => c.Map, Map).Add(c => c.Selected, new HashSet<string>()));

        // Without the script the plan is a picture and the list is the form: no seat is a tab stop of its own.
        Assert.All(plan.FindAll("[data-testid=seat]"), s => Assert.Equal("-1", s.GetAttribute("tabindex")));
        Assert.Equal("r2s2", plan.Find("[data-seat-id=r2s1]").GetAttribute("data-companion"));
        Assert.Equal("0", plan.Find(".seat-plan").GetAttribute("tabindex"));
    }

    [Fact]
    public void The_list_offers_the_free_seats_by_section_and_row_with_price_and_notes()
    {
        var list = Render<SeatList>(p => p.Add(c => c.Map, Map).Add(c => c.Selected, new HashSet<string> { "r1s2" }));

        Assert.Equal("Parket", list.Find("[data-testid=seat-list] h3").TextContent);
        var rows = list.FindAll("details");
        Assert.Equal(["Rij 1: 3 vrij, vanaf € 27,50", "Rij 2: 2 vrij, vanaf € 27,50"], rows.Select(r => r.QuerySelector("summary")!.TextContent.Trim()));
        Assert.True(rows[0].HasAttribute("open"));
        Assert.False(rows[1].HasAttribute("open"));

        // Taken seats are not offered; a companion seat comes with its free wheelchair place, not on its own.
        var options = list.FindAll("[data-testid=seat-option]");
        Assert.Equal(["r1s1", "r1s2", "r1s4", "r2s1", "r2s3"], options.Select(o => o.GetAttribute("value")));
        Assert.All(options, o => Assert.Equal(("checkbox", "seat"), (o.GetAttribute("type"), o.GetAttribute("name"))));
        Assert.Equal([false, true, false, false, false], options.Select(o => o.HasAttribute("checked")));
        Assert.Equal(["Stoel 1, vanaf € 27,50", "Stoel 2, vanaf € 27,50", "Stoel 4, vanaf € 27,50",
            "Stoel 1, rolstoelplaats, met begeleidersplaats stoel 2, vanaf € 27,50", "Stoel 3, beperkt zicht, vanaf € 27,50"],
            options.Select(o => list.Find($"label[for='{o.Id}']").TextContent.Trim()));
        Assert.Equal(["Parket, rij 1", "Parket, rij 2"], list.FindAll("legend").Select(l => l.TextContent.Trim()));
    }

    [Fact]
    public void The_legend_names_every_state_and_kind_with_its_own_shape()
    {
        var legend = Render<SeatLegend>();

        Assert.Equal(["vrij", "gekozen (met vinkje)", "bezet (met kruis)", "rolstoelplaats (vierkant)", "begeleidersplaats (ruit)", "beperkt zicht (gestreept)"],
            legend.FindAll("li span").Select(s => s.TextContent.Trim()));
        Assert.All(legend.FindAll("svg"), s => Assert.Equal("true", s.GetAttribute("aria-hidden")));
    }

    [Fact]
    public void The_prices_per_rank_preselect_the_full_price()
    {
        var prices = Render<SeatPrices>(p => p.Add(c => c.Ranks, Map.Ranks));

        var select = prices.Find("select[name=price-41]");
        Assert.Equal(["cjp", "std"], select.QuerySelectorAll("option").Select(o => o.GetAttribute("value")));
        Assert.Equal("std", select.QuerySelector("option[selected]")!.GetAttribute("value"));
        Assert.Equal("Rang 1", prices.Find("label[for=price-41]").TextContent.Trim());
    }
}
