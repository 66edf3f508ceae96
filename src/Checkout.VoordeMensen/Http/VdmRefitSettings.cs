using Checkout.VoordeMensen.Errors;
using Checkout.VoordeMensen.Json;
using Refit;

namespace Checkout.VoordeMensen.Http;

internal static class VdmRefitSettings
{
    public static RefitSettings Create() => new()
    {
        ContentSerializer = new VdmJsonContentSerializer(),
        ExceptionFactory = VdmErrorTranslator.FromResponseAsync,
        DeserializationExceptionFactory = VdmErrorTranslator.FromDeserialization,
        TransportExceptionFactory = VdmErrorTranslator.FromTransport,
    };
}
