using System.Text.Json;
using Checkout.Sandbox.Data;
using Checkout.Sandbox.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Checkout.Sandbox.Peppered;

internal static class CustomerEndpoints
{
    private const string NotFound = "Customer not found";

    public static void MapPepperedCustomers(this RouteGroupBuilder peppered)
    {
        peppered.MapPost("/customer", async (HttpRequest request, string client, SandboxStore store) =>
        {
            if (await PepperedBody.Read<CustomerBody>(request) is not { } body)
            {
                return PepperedBody.Invalid();
            }
            using var scope = store.Enter(client);
            if (body.Validate(scope.Venue, null) is { Count: > 0 } errors)
            {
                return PepperedBody.Invalid(errors);
            }
            var customer = new Customer(scope.Venue.NextCustomerId++)
            {
                Email = body.Email!, FirstName = body.CustomerFirstName!, LastName = body.CustomerLastName!,
            };
            body.ApplyTo(customer);
            customer.LastChanged = scope.Now;
            scope.Venue.Customers[customer.Id] = customer;
            return SandboxJson.Peppered200(PepperedMapper.User(customer), StatusCodes.Status201Created);
        }).Named("peppered.customer.create");

        peppered.MapPost("/customer/findByEmail", async (HttpRequest request, string client, SandboxStore store) =>
        {
            var email = (await WireBody.ReadAsync(request)).String("email");
            using var scope = store.Enter(client);
            return email is not null && scope.Venue.CustomerByEmail(email) is { } customer
                ? SandboxJson.Peppered200(PepperedMapper.User(customer))
                : SandboxJson.NotFound(NotFound);
        }).Named("peppered.customer.find");

        peppered.MapGet("/customer/{customerId:int}", (string client, int customerId, SandboxStore store) =>
        {
            using var scope = store.Enter(client);
            return scope.Venue.Customers.TryGetValue(customerId, out var customer)
                ? SandboxJson.Peppered200(PepperedMapper.User(customer))
                : SandboxJson.NotFound(NotFound);
        }).Named("peppered.customer.get");

        peppered.MapPut("/customer/{customerId:int}", async (HttpRequest request, string client, int customerId, SandboxStore store) =>
        {
            var body = await PepperedBody.Read<CustomerBody>(request);
            using var scope = store.Enter(client);
            if (!scope.Venue.Customers.TryGetValue(customerId, out var customer))
            {
                return SandboxJson.NotFound(NotFound);
            }
            var errors = body?.Validate(scope.Venue, customer);
            if (body is null || errors is { Count: > 0 })
            {
                return PepperedBody.Invalid(errors);
            }
            body.ApplyTo(customer);
            customer.LastChanged = scope.Now;
            return SandboxJson.Peppered200(PepperedMapper.User(customer));
        }).Named("peppered.customer.update");

        peppered.MapGet("/customer/{customerId:int}/clienttypes", (string client, int customerId, SandboxStore store) =>
        {
            using var scope = store.Enter(client);
            return scope.Venue.Customers.TryGetValue(customerId, out var customer)
                ? SandboxJson.Peppered200(customer.ClientTypes)
                : SandboxJson.NotFound(NotFound);
        }).Named("peppered.customer.clienttypes");

        peppered.MapPost("/customer/{customerId:int}/clienttypes", async (HttpRequest request, string client, int customerId, SandboxStore store) =>
        {
            var tags = await ReadTags(request);
            using var scope = store.Enter(client);
            if (!scope.Venue.Customers.TryGetValue(customerId, out var customer))
            {
                return SandboxJson.NotFound(NotFound);
            }
            if (tags is null || tags.Except(scope.Venue.ClientTypes).ToList() is { Count: > 0 })
            {
                return PepperedBody.Invalid(new() { ["clientTypes"] = [$"Client types must be among: {string.Join(", ", scope.Venue.ClientTypes)}."] });
            }
            customer.ClientTypes = [.. tags.Distinct()];
            customer.LastChanged = scope.Now;
            return SandboxJson.Peppered200(customer.ClientTypes);
        }).Named("peppered.customer.clienttypes.set");
    }

    /// <summary>The body is undocumented: accept ["vip", …] as well as {"clientTypes": ["vip", …]}.</summary>
    private static async Task<List<string>?> ReadTags(HttpRequest request)
    {
        if (await PepperedBody.Read<JsonElement?>(request) is not { } root)
        {
            return null;
        }
        var array = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("clientTypes", out var inner) ? inner : root;
        return array.ValueKind == JsonValueKind.Array && array.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String)
            ? [.. array.EnumerateArray().Select(e => e.GetString()!)]
            : null;
    }
}
