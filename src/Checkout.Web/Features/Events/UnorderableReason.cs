namespace Checkout.Web.Features.Events;

/// <summary>Why a performance's page offers nothing to order.</summary>
public enum UnorderableReason
{
    TicketTypesUnavailable,
    SoldOut,
    CapReached,
}
