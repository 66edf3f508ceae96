using Microsoft.AspNetCore.Http;

namespace Checkout.Sandbox.Inventory;

/// <summary>
/// Why a cart change was refused, as VdM-style status and message; <see cref="Errors"/> names the refused items
/// Laravel-style by their index in the request ("1.seatId").
/// </summary>
internal sealed record SaleError(int Status, string Message)
{
    public IReadOnlyDictionary<string, string[]>? Errors { get; init; }

    public static readonly SaleError EventNotFound = new(StatusCodes.Status404NotFound, "sub_event not found");
    public static readonly SaleError NotForSale = new(StatusCodes.Status422UnprocessableEntity, "Event is not for sale");
    public static readonly SaleError TicketTypeUnavailable = new(StatusCodes.Status422UnprocessableEntity, "Ticket type not available");
    public static readonly SaleError BadQuantity = new(StatusCodes.Status422UnprocessableEntity, "numberoftickets must be at least 1");
    public static readonly SaleError NotEnoughTickets = new(StatusCodes.Status409Conflict, "Not enough tickets available");
    public static readonly SaleError SeatUnavailable = new(StatusCodes.Status409Conflict, "Seat not available");
    public static readonly SaleError SeatNotFound = new(StatusCodes.Status422UnprocessableEntity, "Seat not found");

    public static SaleError OrderMaximum(int max) =>
        new(StatusCodes.Status422UnprocessableEntity, $"Maximum number of tickets per order exceeded ({max})");

    public static SaleError TicketTypeMaximum(string name, int max) =>
        new(StatusCodes.Status422UnprocessableEntity, $"Maximum number of '{name}' tickets per order exceeded ({max})");
}
