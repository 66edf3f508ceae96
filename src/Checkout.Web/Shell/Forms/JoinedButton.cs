namespace Checkout.Web.Shell.Forms;

/// <summary>
/// A submit button that belongs to another form of the page (HTML's form="…"): pressing it posts that form's fields
/// with <paramref name="Name"/>=<paramref name="Value"/>, without the browser checking them (formnovalidate).
/// </summary>
public sealed record JoinedButton(string Form, string Name, string Value);
