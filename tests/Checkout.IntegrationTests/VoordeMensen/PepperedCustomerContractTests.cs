using System.Net;
using System.Text.Json;
using Checkout.VoordeMensen;
using Checkout.VoordeMensen.Peppered;

namespace Checkout.IntegrationTests.VoordeMensen;

public sealed class PepperedCustomerContractTests : IDisposable
{
    private readonly VdmTestHost _host = VdmTestHost.Create();

    private IVdmPepperedService Peppered => _host.Default.Peppered;

    [Fact]
    public async Task Create_customer_writes_camelCase_fields_and_reads_the_UserResource()
    {
        _host.Stub.On("POST", "/v1/demo/peppered/customer", HttpStatusCode.Created, PepperedContractExamples.PepperedCustomer);
        var draft = new CustomerDraft("visitor@example.com", "Jane", "Doe")
        {
            Details = new CustomerDetails { Preposition = "van", Credit = 25.5m },
        };

        var customer = await Peppered.CreateCustomerAsync(draft, TestContext.Current.CancellationToken);

        Assert.Equal(new Customer(867, "visitor@example.com", "Jane", "Doe", CustomerDetails.None), customer);
        using var body = JsonDocument.Parse(Assert.Single(_host.Stub.Requests).Body!);
        Assert.Equal(
            ["email", "customerFirstName", "customerLastName", "customerPreposition", "customerCredit"],
            body.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("25.50", body.RootElement.GetProperty("customerCredit").GetString());
    }

    [Fact]
    public async Task A_422_is_a_Validation_error_with_field_messages()
    {
        _host.Stub.On("POST", "/v1/demo/peppered/customer", HttpStatusCode.UnprocessableEntity,
            """{"message": "The email has already been taken.", "errors": {"email": ["The email has already been taken."]}}""");

        var error = await Assert.ThrowsAsync<VoordeMensenException>(() => Peppered.CreateCustomerAsync(
            new CustomerDraft("visitor@example.com", "Jane", "Doe"), TestContext.Current.CancellationToken));

        Assert.Equal(VdmErrorKind.Validation, error.Kind);
        Assert.Equal(422, error.StatusCode);
        Assert.Equal(["The email has already been taken."], error.FieldErrors["email"]);
    }

    [Fact]
    public async Task Find_by_email_posts_the_email_and_reads_404_as_null()
    {
        _host.Stub.On("POST", "/v1/demo/peppered/customer/findByEmail", HttpStatusCode.NotFound, """{"message": "Customer not found"}""");

        var customer = await Peppered.FindCustomerByEmailAsync("nobody@example.com", TestContext.Current.CancellationToken);

        Assert.Null(customer);
        Assert.Equal("""{"email":"nobody@example.com"}""", Assert.Single(_host.Stub.Requests).Body);
    }

    [Fact]
    public async Task Get_and_update_customer_use_the_customer_path_and_send_only_changed_fields()
    {
        _host.Stub
            .OnJson("GET", "/v1/demo/peppered/customer/867", PepperedContractExamples.PepperedCustomer)
            .OnJson("PUT", "/v1/demo/peppered/customer/867", PepperedContractExamples.PepperedCustomer);

        var found = await Peppered.GetCustomerAsync(867, TestContext.Current.CancellationToken);
        var updated = await Peppered.UpdateCustomerAsync(867, new CustomerUpdate { Details = new CustomerDetails { City = "Utrecht" } }, TestContext.Current.CancellationToken);

        Assert.Equal(867, found?.Id);
        Assert.Equal("Jane", updated.FirstName);
        Assert.Equal("""{"customerCity":"Utrecht"}""", _host.Stub.RequestsTo("PUT", "/v1/demo/peppered/customer/867").Single().Body);
    }

    [Fact]
    public async Task Client_types_are_read_and_set_as_name_arrays()
    {
        _host.Stub
            .OnJson("GET", "/v1/demo/peppered/customer/867/clienttypes", """["friend", "vip"]""")
            .OnJson("POST", "/v1/demo/peppered/customer/867/clienttypes", "")
            .OnJson("GET", "/v1/demo/peppered/export/clienttypes", PepperedContractExamples.ClientTypes);

        var mine = await Peppered.GetCustomerClientTypesAsync(867, TestContext.Current.CancellationToken);
        await Peppered.SetCustomerClientTypesAsync(867, ["friend", "donor"], TestContext.Current.CancellationToken);
        var all = await Peppered.ExportClientTypesAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["friend", "vip"], mine);
        Assert.Equal("""["friend","donor"]""", _host.Stub.RequestsTo("POST", "/v1/demo/peppered/customer/867/clienttypes").Single().Body);
        Assert.Equal(["friend", "donor", "vip", "press", "student", "subscriber"], all);
    }

    public void Dispose() => _host.Dispose();
}
