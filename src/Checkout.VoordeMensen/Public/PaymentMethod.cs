namespace Checkout.VoordeMensen.Public;

/// <summary>A payment method for order create; <see cref="Cost"/> comes on top of the cart total.</summary>
public sealed record PaymentMethod(int Id, string Description, decimal Cost);
