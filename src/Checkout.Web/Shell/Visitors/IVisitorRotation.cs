namespace Checkout.Web.Shell.Visitors;

/// <summary>
/// Gives the visitor of an HTTP request a new id, e.g. right after they proved who they are, so that whoever knew the
/// old cookie (a shared computer, a planted cookie) does not share what comes after. Everything kept under the old id
/// moves to the new one (<see cref="IVisitorStateCarrier"/>, under the visitor's lock) and the old id keeps nothing.
/// Only an HTTP response can set the cookie: a Blazor circuit hands over to a page request first.
/// </summary>
public interface IVisitorRotation
{
    /// <summary>Moves the visitor's state to a new id and sets the visitor cookie to it on this response.</summary>
    Task<ShopVisitor> RotateAsync(HttpContext context, CancellationToken cancellationToken);
}
