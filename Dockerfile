# syntax=docker/dockerfile:1

# ---- build ------------------------------------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src

# Restore layer: rebuilt only when the shared build settings or a project file change, not on every source edit.
# Only the web app and the projects it references are restored; the test projects stay out of the image.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/Checkout.Web/Checkout.Web.csproj src/Checkout.Web/
COPY src/Checkout.VoordeMensen/Checkout.VoordeMensen.csproj src/Checkout.VoordeMensen/
COPY src/Checkout.Sandbox/Checkout.Sandbox.csproj src/Checkout.Sandbox/
COPY src/Checkout.TimeZones/Checkout.TimeZones.csproj src/Checkout.TimeZones/
# The Web SDK restores the package that carries _framework/blazor.web.js only when it sees .razor files, and
# none are copied yet: without this switch the published app has no _framework/blazor.web.js.
RUN dotnet restore src/Checkout.Web/Checkout.Web.csproj -p:RequiresAspNetWebAssets=true

COPY src/ src/
RUN dotnet publish src/Checkout.Web/Checkout.Web.csproj -c Release --no-restore -o /app/publish -p:UseAppHost=false

# ---- runtime ----------------------------------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final

# The aspnet image has neither curl nor wget; curl serves the HEALTHCHECK. Debian's curl is not pinned:
# the image's own package snapshot moves with every base-image patch.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*

# The app uses the current directory as content root: the white-label surface (appsettings.json and
# wwwroot/ from the repository root) must sit beside the published binaries. appsettings.Development.json (the demo's
# second venue and fixed sandbox keys) stays out: the image runs in Production, on the embedded sandbox as a one-venue
# demo until VoordeMensen__BaseUrl points it at a real VdM.
WORKDIR /app
COPY --from=build /app/publish ./
COPY appsettings.json ./
COPY wwwroot/ ./wwwroot/

ENV ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080

# Non-root: the aspnet image ships the "app" user (UID 1654) and names it in APP_UID.
USER $APP_UID

HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["curl", "--fail", "--silent", "--show-error", "--max-time", "4", "http://localhost:8080/health/live"]

# "docker run … checkout check" runs the operator's configuration and connectivity check instead of the shop.
ENTRYPOINT ["dotnet", "Checkout.Web.dll"]
