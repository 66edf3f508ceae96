using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;

namespace Checkout.Tests.Shared;

/// <summary>A host environment over a white-label surface directory (appsettings.json + wwwroot/), for tests without a host.</summary>
public sealed class DirectoryWebHostEnvironment(string root) : IWebHostEnvironment
{
    public string WebRootPath { get; set; } = System.IO.Path.Combine(root, "wwwroot");
    public IFileProvider WebRootFileProvider { get; set; } = new PhysicalFileProvider(System.IO.Path.Combine(root, "wwwroot"));
    public string ApplicationName { get; set; } = "Checkout.Web";
    public IFileProvider ContentRootFileProvider { get; set; } = new PhysicalFileProvider(root);
    public string ContentRootPath { get; set; } = root;
    public string EnvironmentName { get; set; } = "Production";
}
