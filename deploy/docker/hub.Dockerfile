# TrackHub hub: build the wall screen with npm, publish the .NET hub, run it on the ASP.NET runtime image.
# Build from the repository root:  docker build -f deploy/docker/hub.Dockerfile -t trackhub/hub .
FROM node:20-bookworm-slim AS web
WORKDIR /src/Hub.Web
COPY Hub.Web/package.json Hub.Web/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY Hub.Web/ ./
RUN npm run build

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
COPY --from=web /src/Hub.Web/dist Hub.Web/dist
RUN dotnet publish Hub.Server/TrackHub.Hub.Server.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
COPY deploy/demo/site.json /etc/trackhub/site.json
ENV ASPNETCORE_URLS=http://0.0.0.0:5080 \
    Hub__Mqtt__BindAddress=0.0.0.0 \
    Storage__DataDirectory=/var/lib/trackhub
VOLUME /var/lib/trackhub
EXPOSE 5080 1883
ENTRYPOINT ["dotnet", "TrackHub.Hub.Server.dll"]
