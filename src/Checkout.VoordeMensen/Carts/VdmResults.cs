namespace Checkout.VoordeMensen.Carts;

/// <summary>Builds <see cref="VdmResult{T}"/>s, and reads for pages that show "try again" on any failure.</summary>
public static class VdmResults
{
    public static VdmResult<T> Ok<T>(T value) => new(value, null, null);

    public static VdmResult<T> Refused<T>(VdmRefusal refusal, string? message = null) => new(default, refusal, message);

    /// <summary>
    /// Runs a read (programme, ticket types, payment methods, order status, …) and names its failure instead of
    /// throwing: <see cref="VdmRefusal.Unavailable"/> for an outage, <see cref="VdmRefusal.Rejected"/> otherwise.
    /// </summary>
    public static async Task<VdmResult<T>> ReadAsync<T>(Func<Task<T>> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        try
        {
            return Ok(await read());
        }
        catch (VoordeMensenException e)
        {
            return Refused<T>(Refusals.OfRead(e), e.Message);
        }
    }
}
