namespace Checkout.VoordeMensen.Carts;

/// <summary>
/// What VdM says about a cart's hold: when its tickets are released (null when VdM does not say: no Peppered key, or
/// the read failed) and whether Peppered knows the cart at all (false without a key or when it answers 404 for the
/// public cart id), which is what donations need (docs/vdm-assumptions.md).
/// </summary>
public sealed record CartHold(DateTimeOffset? End, bool PepperedKnowsCart);
