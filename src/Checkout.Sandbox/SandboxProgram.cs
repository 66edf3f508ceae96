using Microsoft.AspNetCore.Builder;

namespace Checkout.Sandbox;

public static class SandboxProgram
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var app = builder.Build();
        app.Run();
    }
}
