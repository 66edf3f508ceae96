namespace Checkout.Web.Features.Events;

public enum AddToCartError
{
    None,
    NothingChosen,
    TooManyInTotal,
}
