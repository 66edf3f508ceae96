using System.Net;
using Checkout.VoordeMensen;
using Checkout.VoordeMensen.Errors;
using Checkout.VoordeMensen.Peppered;
using Checkout.VoordeMensen.Peppered.Mapping;
using Checkout.VoordeMensen.Public;
using Checkout.VoordeMensen.Public.Mapping;
using Checkout.VoordeMensen.Public.Wire;

namespace Checkout.UnitTests.VoordeMensen;

public sealed class MappingTests
{
    [Theory]
    [InlineData("pub", PerformanceStatus.Published)]
    [InlineData("unpub", PerformanceStatus.Unpublished)]
    [InlineData("nosal", PerformanceStatus.NoSale)]
    [InlineData("arch", PerformanceStatus.Archived)]
    [InlineData("trash", PerformanceStatus.Trash)]
    [InlineData("draft", PerformanceStatus.Unknown)]
    public void Event_status_codes_map_to_the_enum(string raw, PerformanceStatus expected) =>
        Assert.Equal(expected, EventMapper.ToStatus(raw));

    [Fact]
    public void Performances_without_id_or_start_are_dropped_and_the_rest_sorted_by_start()
    {
        var main = new EventDto
        {
            EventId = 94,
            Name = "Hamlet",
            SubEvents =
            [
                new EventDto { EventId = 97, Date = "2026-04-02", Time = "20:30:00", Status = "pub", Free = 0 },
                new EventDto { EventId = 96, Date = "2026-04-02", Time = "15:00:00", Status = "nosal", Free = 4 },
                new EventDto { EventId = 98, Date = "0000-00-00", Time = "20:30:00" },
                new EventDto { Date = "2026-04-03", Time = "20:30:00" },
            ],
        };

        var production = Assert.Single(EventMapper.ToProductions([main, new EventDto { Name = "error object" }]));

        Assert.Equal([96, 97], production.Performances.Select(p => p.Id));
        Assert.All(production.Performances, p => Assert.Equal(94, p.ProductionId));
        Assert.All(production.Performances, p => Assert.False(p.IsOnSale));
        Assert.Equal("nosal", production.Performances[0].StatusRaw);
    }

    [Theory]
    [InlineData("paid", PaymentStatusKind.Paid)]
    [InlineData("pending", PaymentStatusKind.Pending)]
    [InlineData("partial", PaymentStatusKind.Partial)]
    [InlineData("cancelled", PaymentStatusKind.Cancelled)]
    [InlineData("none", PaymentStatusKind.None)]
    [InlineData("chargeback", PaymentStatusKind.Unknown)]
    public void Payment_statuses_keep_the_raw_value(string raw, PaymentStatusKind expected) =>
        Assert.Equal(new PaymentStatus(expected, raw), PaymentStatus.Parse(raw));

    [Theory]
    [InlineData("ord", OrderStateKind.Regular)]
    [InlineData("res", OrderStateKind.Reservation)]
    [InlineData("reemit", OrderStateKind.Reemitted)]
    [InlineData("weird", OrderStateKind.Unknown)]
    public void Order_states_keep_the_raw_value(string raw, OrderStateKind expected) =>
        Assert.Equal(new OrderState(expected, raw), OrderState.Parse(raw));

    [Fact]
    public void Error_bodies_yield_the_message_and_field_errors_and_tolerate_junk()
    {
        var (message, fields) = VdmErrorBody.Parse("""{"message": "Invalid", "errors": {"email": ["taken", "invalid"], "zip": "too long"}}""");

        Assert.Equal("Invalid", message);
        Assert.Equal(["taken", "invalid"], fields["email"]);
        Assert.Equal(["too long"], fields["zip"]);
        Assert.Null(VdmErrorBody.Parse("<html>").Message);
        Assert.Null(VdmErrorBody.Parse("[1,2]").Message);
        Assert.Null(VdmErrorBody.Parse(null).Message);
    }

    [Theory]
    [InlineData(HttpStatusCode.NotFound, VdmErrorKind.NotFound)]
    [InlineData(HttpStatusCode.UnprocessableEntity, VdmErrorKind.Validation)]
    [InlineData(HttpStatusCode.Unauthorized, VdmErrorKind.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden, VdmErrorKind.Unauthorized)]
    [InlineData(HttpStatusCode.TooManyRequests, VdmErrorKind.Unavailable)]
    [InlineData(HttpStatusCode.RequestTimeout, VdmErrorKind.Timeout)]
    [InlineData(HttpStatusCode.BadRequest, VdmErrorKind.Rejected)]
    [InlineData(HttpStatusCode.ServiceUnavailable, VdmErrorKind.Unavailable)]
    public void Status_codes_map_to_error_kinds(HttpStatusCode status, VdmErrorKind expected) =>
        Assert.Equal(expected, VdmErrorTranslator.KindFor(status));

    [Theory]
    [InlineData(VdmErrorKind.Unavailable, true)]
    [InlineData(VdmErrorKind.Timeout, true)]
    [InlineData(VdmErrorKind.NotFound, false)]
    [InlineData(VdmErrorKind.Rejected, false)]
    public void Only_transient_errors_are_retryable(VdmErrorKind kind, bool retryable) =>
        Assert.Equal(retryable, new VoordeMensenException(kind, "x").IsRetryable);

    [Fact]
    public void Peppered_block_types_map_to_kinds()
    {
        Assert.Equal(BlockKind.Wheelchair, PepperedEventMapper.ToBlockKind("wheel"));
        Assert.Equal(BlockKind.ObstructedView, PepperedEventMapper.ToBlockKind("sight"));
        Assert.Equal(BlockKind.Unknown, PepperedEventMapper.ToBlockKind("new"));
    }
}
