using Checkout.E2ETests.Infrastructure;

// One browser and one app with the default configuration serve the whole assembly; tests that need other
// settings start their own CheckoutAppFixture.
[assembly: AssemblyFixture(typeof(BrowserFixture))]
[assembly: AssemblyFixture(typeof(CheckoutAppFixture))]
