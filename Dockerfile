# Multi-stage build of the GeoGraph API. Tags are pinned to a patch release; bump them together.
FROM mcr.microsoft.com/dotnet/sdk:10.0.401 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/GeoGraph.Api -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0.12
WORKDIR /app
COPY --from=build /app .
# The image's own unprivileged user ($APP_UID); /data must be its before the volume is created from it.
RUN mkdir -p /data && chown "$APP_UID" /data
USER $APP_UID
ENV ASPNETCORE_URLS=http://+:8080 \
    Store__Sqlite__Path=/data/geograph.db
VOLUME /data
EXPOSE 8080
# Health: `dotnet GeoGraph.Api.dll --healthcheck` (see docker-compose.yml); the image has no curl or wget.
ENTRYPOINT ["dotnet", "GeoGraph.Api.dll"]
