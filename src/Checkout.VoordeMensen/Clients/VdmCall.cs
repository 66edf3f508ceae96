namespace Checkout.VoordeMensen.Clients;

internal static class VdmCall
{
    /// <summary>
    /// Refit yields null for a 2xx without a body; every endpoint that should answer with JSON goes
    /// through here so that becomes a clear error instead of a NullReferenceException later.
    /// </summary>
    public static async Task<T> Body<T>(this Task<T> call)
        where T : class =>
        await call ?? throw new VoordeMensenException(VdmErrorKind.InvalidResponse, "VoordeMensen sent an empty body.");

    /// <summary>For "get one" calls where a missing resource reads better as null than as an exception.</summary>
    public static async Task<T?> OrNullWhenNotFound<T>(Task<T> call)
        where T : class
    {
        try
        {
            return await call.Body();
        }
        catch (VoordeMensenException e) when (e.Kind == VdmErrorKind.NotFound)
        {
            return null;
        }
    }
}
