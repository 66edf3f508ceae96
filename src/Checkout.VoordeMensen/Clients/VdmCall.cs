namespace Checkout.VoordeMensen.Clients;

internal static class VdmCall
{
    /// <summary>For "get one" calls where a missing resource reads better as null than as an exception.</summary>
    public static async Task<T?> OrNullWhenNotFound<T>(Task<T> call)
        where T : class
    {
        try
        {
            return await call;
        }
        catch (VoordeMensenException e) when (e.Kind == VdmErrorKind.NotFound)
        {
            return null;
        }
    }
}
