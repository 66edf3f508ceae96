using Checkout.Bench;

// Usage: Checkout.Bench <stampede|purchases|memory|cart-cookie> --base-url <app> [--summary <file>] [--details <file>]
//        [--count <n>]. bench/run.sh starts the app and calls each command; see bench/README.md.
var options = BenchOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: Checkout.Bench <stampede|purchases|memory|cart-cookie> --base-url <url> [--summary <file>] [--details <file>] [--count <n>]");
    return 2;
}

var report = new Report(options.SummaryFile, options.DetailsFile);
using var http = new HttpClient { BaseAddress = options.BaseUrl, Timeout = TimeSpan.FromSeconds(60) };
var admin = new SandboxAdmin(http);

switch (options.Command)
{
    case "stampede":
        await new StampedeBench(options.BaseUrl, admin, report).RunAsync(options.Count ?? 500);
        break;
    case "purchases":
        await using (var browser = await Browser.LaunchAsync())
        {
            await new PurchaseBench(options.BaseUrl, admin, browser, report).RunAsync(options.Count ?? 30);
        }
        break;
    case "memory":
        await using (var browser = await Browser.LaunchAsync())
        {
            await new CircuitMemoryBench(options.BaseUrl, admin, browser, report).RunAsync(options.Count ?? 50);
        }
        break;
    case "cart-cookie":
        // A visitor with one ticket in the cart, for Lighthouse's --extra-headers: prints the Cookie header value.
        using (var visitor = new ShopVisitor(options.BaseUrl))
        {
            await visitor.AddToCartAsync(Performances.Pick(options.Count ?? 0), quantity: 1);
            Console.WriteLine(visitor.CookieHeader);
        }
        break;
}

return 0;
