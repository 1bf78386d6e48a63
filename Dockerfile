# Multi-stage build of the GeoGraph API.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/GeoGraph.Api -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://+:8080 \
    Store__Sqlite__Path=/data/geograph.db
VOLUME /data
EXPOSE 8080
ENTRYPOINT ["dotnet", "GeoGraph.Api.dll"]
