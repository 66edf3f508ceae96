namespace Checkout.Surge.Tests;

/// <summary>A step holds with refusals of every correct kind, but not with a rate-limited buyer or an error; the oversell check stays.</summary>
public sealed class SurgeRecorderTests
{
    private static readonly TimeSpan Goal = TimeSpan.FromMilliseconds(500);

    [Fact]
    public void Correct_refusals_are_counted_per_kind_and_request_and_the_step_still_holds()
    {
        var recorder = Busy();
        recorder.Refused(RefusalKind.TooFewLeft, RequestKinds.AddToCart);
        recorder.Refused(RefusalKind.TooFewLeft, RequestKinds.AddToCart);
        recorder.Refused(RefusalKind.SoldOut, RequestKinds.Event);
        recorder.Refused(RefusalKind.SeatCap, RequestKinds.AddToCart);

        var step = Step(recorder);

        Assert.Equal(4, recorder.ReservationsRefused);
        Assert.Equal(2, recorder.RefusalsByRequest[(RefusalKind.TooFewLeft, RequestKinds.AddToCart)]);
        Assert.Equal(1, recorder.RefusedAs(RefusalKind.SoldOut));
        Assert.Equal(0, step.Errors);
        Assert.True(step.Held(Goal));
    }

    [Fact]
    public void A_rate_limited_buyer_is_not_an_error_but_the_step_does_not_hold()
    {
        var recorder = Busy();
        recorder.Refused(RefusalKind.RateLimited, RequestKinds.AddToCart);

        var step = Step(recorder);

        Assert.Equal(0, step.Errors);
        Assert.Equal(0, recorder.ReservationsRefused);
        Assert.Equal(1, step.RateLimited);
        Assert.False(step.Held(Goal));
        Assert.Equal("1 buyers rate-limited", step.Misses(Goal));
    }

    [Fact]
    public void An_oversold_show_fails_the_step_whatever_the_refusals()
    {
        var step = Step(Busy(), new EventBooks(1021, FreeBefore: 10, HeldBySurge: 12, FreeAfter: 0));

        Assert.True(step.Oversold);
        Assert.False(step.Held(Goal));
        Assert.True(step.ClearlyFailed(Goal));
    }

    private static SurgeRecorder Busy()
    {
        var recorder = new SurgeRecorder();
        for (var i = 0; i < 100; i++)
        {
            recorder.Arrived();
            recorder.Latency(RequestKinds.Programme, TimeSpan.FromMilliseconds(5));
        }

        return recorder;
    }

    private static StepResult Step(SurgeRecorder recorder, params EventBooks[] books) =>
        new(1, 1_500, recorder, books, TimeSpan.FromSeconds(4), TimeSpan.Zero, 0, [], new MachineUsage(2, 0.5, "1.00 1.00 1.00"), "1.00 1.00 1.00");
}
