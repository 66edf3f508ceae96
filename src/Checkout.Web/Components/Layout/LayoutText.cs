namespace Checkout.Web.Components.Layout;

/// <summary>Resource marker for the shop frame: header, footer, language switch, reconnect and error bar.</summary>
public sealed class LayoutText;
