namespace Checkout.VoordeMensen;

public static class VoordeMensenServiceCollectionExtensions
{
}
