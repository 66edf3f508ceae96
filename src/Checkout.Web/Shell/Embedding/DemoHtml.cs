namespace Checkout.Web.Shell.Embedding;

/// <summary>The start of a demo venue page, up to its own styles (the title is the page's own constant text).</summary>
internal static class DemoHtml
{
    public static string Start(string lang, string title) => $"""
        <!DOCTYPE html>
        <html lang="{lang}">
        <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        """;
}
