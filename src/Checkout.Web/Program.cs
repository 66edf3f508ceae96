using Checkout.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddCheckout();

var app = builder.Build();
app.MapCheckout();
app.Run();

public partial class Program;
