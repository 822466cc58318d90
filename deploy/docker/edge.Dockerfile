# TrackHub edge gateway. Build from the repository root:  docker build -f deploy/docker/edge.Dockerfile -t trackhub/edge .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish Gateway.Edge/TrackHub.Gateway.Edge.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/runtime:10.0
WORKDIR /app
COPY --from=build /app .
COPY deploy/demo/site.json /etc/trackhub/site.json
VOLUME /var/lib/trackhub-edge
ENTRYPOINT ["dotnet", "TrackHub.Gateway.Edge.dll"]
CMD ["run", "--config", "/etc/trackhub/edge.json"]
