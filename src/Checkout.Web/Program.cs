using Checkout.Web.Hosting;
using Checkout.Web.Hosting.Health;

if (args is [CheckCommand.Name, .. var checkArgs])
{
    return await CheckCommand.RunAsync(checkArgs, Console.Out);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddCheckout();

var app = builder.Build();
app.MapCheckout();
app.Run();
return 0;

public partial class Program;
