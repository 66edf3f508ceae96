namespace Checkout.Web.Shell.Errors;

internal static class NotFoundStatus
{
    /// <summary>
    /// Answers 404 while keeping the page's own explanation. Under UseStatusCodePagesWithReExecute, Blazor drops the
    /// output of a page that changes the status code and re-executes the generic not-found page instead; set as the
    /// response starts, the 404 keeps this page. Only possible while prerendering the first response.
    /// </summary>
    public static void KeepPageAndAnswer404(HttpContext? http)
    {
        if (http is { Response.HasStarted: false })
        {
            http.Response.OnStarting(() =>
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            });
        }
    }
}
