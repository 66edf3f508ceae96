namespace Checkout.Web.Shell.Forms;

/// <summary>
/// A static page whose forms follow state that another window can change (the cart): a post naming a form the page no
/// longer shows is answered with the page as it is now and a message, not a 400 (<see cref="StaleFormMiddleware"/>).
/// The page shows the message when its query carries <see cref="Query"/>=<see cref="Value"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RecoversStaleFormsAttribute : Attribute
{
    public const string Query = "changed";
    public const string Value = "elsewhere";
}
