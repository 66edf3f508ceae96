using System.Text.Json;
using Checkout.VoordeMensen.Json;
using Checkout.VoordeMensen.Peppered;
using Checkout.VoordeMensen.Peppered.Mapping;
using Checkout.VoordeMensen.Peppered.Wire;

namespace Checkout.UnitTests.VoordeMensen;

/// <summary>The events' availability: the sandbox's shape, the seat-level variant and junk, all read without failing.</summary>
public sealed class EventAvailabilityTests
{
    private static EventAvailability Read(string availability, string blocks) =>
        PepperedEventMapper.ToEvent(JsonSerializer.Deserialize<PepperedEventDto>(
            $$"""{"eventId": 1001, "availability": {{availability}}, "blockAvailability": {{blocks}}}""", VdmJson.Options))!.Availability;

    [Fact]
    public void The_sandbox_shape_gives_free_places_per_rank_and_per_block_type()
    {
        var availability = Read(
            """[{"rankId": 41, "rankName": "Rang 1", "available": 37}, {"rankId": 42, "rankName": "Rang 2", "available": 0}]""",
            """
            [{"blockType": "wheel", "blockName": "Rolstoelplaatsen", "total": 3, "available": 2},
            {"blockType": "tech", "blockName": "Techniek", "total": 2, "available": 0}]
            """);

        Assert.Equal([new RankAvailability(41, "Rang 1", 37), new RankAvailability(42, "Rang 2", 0)], availability.Ranks);
        Assert.Equal(
            [new BlockAvailability(BlockKind.Wheelchair, "wheel", "Rolstoelplaatsen", 3, 2), new BlockAvailability(BlockKind.Technical, "tech", "Techniek", 2, 0)],
            availability.Blocks);
        Assert.Empty(availability.Seats);
        Assert.True(availability.WheelchairPlacesAvailable);
    }

    [Fact]
    public void The_seat_level_variant_lists_seats_and_counts_them_per_rank()
    {
        var availability = Read(
            """
            [{"seatId": "abc", "rankId": 42, "available": true}, {"seatId": 2904, "rankId": 42, "available": false},
            {"seatId": "x1", "rankId": 41, "available": 1}, {"seatId": "x2", "available": true}]
            """,
            """[{"blockType": "wheel", "blockName": "Rolstoelplaatsen", "count": 4}]""");

        Assert.Equal(
            [new SeatAvailability("abc", 42, true), new SeatAvailability("2904", 42, false), new SeatAvailability("x1", 41, true), new SeatAvailability("x2", null, true)],
            availability.Seats);
        Assert.Equal([new RankAvailability(42, null, 1), new RankAvailability(41, null, 1)], availability.Ranks);
        Assert.Equal([new BlockAvailability(BlockKind.Wheelchair, "wheel", "Rolstoelplaatsen", 4, null)], availability.Blocks);
        Assert.False(availability.WheelchairPlacesAvailable);
    }

    [Fact]
    public void Numbers_as_strings_are_read_and_junk_counts_as_unknown_without_failing_the_event()
    {
        var availability = Read(
            """[{"rankId": "41", "available": "12"}, {"rankId": 42, "available": "many"}, {"available": 3}, {"rankId": 43, "available": -1}]""",
            """[{"blockType": "wheel", "total": "2", "available": true}, {"blockName": "no type", "total": 9}, {"blockType": "SIGHT", "available": 1.5}]""");

        Assert.Equal([new RankAvailability(41, null, 12), new RankAvailability(42, null, 0), new RankAvailability(43, null, 0)], availability.Ranks);
        Assert.Equal(
            [new BlockAvailability(BlockKind.Wheelchair, "wheel", null, 2, null), new BlockAvailability(BlockKind.ObstructedView, "SIGHT", null, 0, null)],
            availability.Blocks);
        Assert.False(availability.WheelchairPlacesAvailable);
    }

    // The events list may carry the block counts without availability: whether a wheelchair place can be bought is
    // known only where VdM says how many can be bought now; nothing or a bare count leaves it to the seat plan.
    [Theory]
    [InlineData("""[{"blockType": "wheel", "total": 3, "available": 2}]""", true)]
    [InlineData("""[{"blockType": "wheel", "total": 3, "available": 0}, {"blockType": "sight", "total": 4, "available": 4}]""", false)]
    [InlineData("""[{"blockType": "tech", "total": 2, "available": 0}]""", false)]
    [InlineData("[]", false)]
    [InlineData("""[{"blockType": "wheel", "count": 4}]""", null)]
    [InlineData("null", null)]
    public void Wheelchair_places_are_buyable_only_as_far_as_the_block_availability_says(string blocks, bool? buyable)
    {
        var listed = PepperedEventMapper.ToEvent(JsonSerializer.Deserialize<PepperedEventDto>(
            $$"""{"eventId": 1001, "blockAvailability": {{blocks}}}""", VdmJson.Options))!.Availability;

        Assert.Equal(buyable, listed.WheelchairPlacesBuyable);
        Assert.Equal(blocks != "null", listed.BlocksReported);
    }

    [Fact]
    public void Without_availability_fields_the_event_has_none()
    {
        var dto = JsonSerializer.Deserialize<PepperedEventDto>("""{"eventId": 1001}""", VdmJson.Options);

        Assert.Same(EventAvailability.None, PepperedEventMapper.ToEvent(dto)!.Availability);
    }
}
