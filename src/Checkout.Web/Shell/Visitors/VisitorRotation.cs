using Checkout.Web.Shell.Clients;
using Microsoft.AspNetCore.DataProtection;

namespace Checkout.Web.Shell.Visitors;

/// <summary>
/// <see cref="IVisitorRotation"/>: a fresh id, every <see cref="IVisitorStateCarrier"/> under the old id's lock, then
/// the cookie written by the same code as <see cref="VisitorMiddleware"/> (same name, protection and attributes).
/// </summary>
internal sealed class VisitorRotation(
    CurrentClient client,
    CurrentVisitor visitor,
    IVisitorLock locks,
    IEnumerable<IVisitorStateCarrier> carriers,
    IDataProtectionProvider protection) : IVisitorRotation
{
    public async Task<ShopVisitor> RotateAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var previous = ShopVisitor.Of(client, visitor);
        var renewed = previous with { Id = VisitorMiddleware.NewId() };
        await using (await locks.AcquireAsync(previous, cancellationToken))
        {
            foreach (var carrier in carriers)
            {
                await carrier.CarryOverAsync(previous, renewed, cancellationToken);
            }
        }

        VisitorMiddleware.IssueCookie(context, VisitorMiddleware.Protector(protection), renewed.ClientKey, renewed.Id);
        context.Items[CurrentVisitor.HttpContextItem] = renewed.Id;
        return renewed;
    }
}
