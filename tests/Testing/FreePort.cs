using System.Net;
using System.Net.Sockets;

namespace TrackHub.Testing;

/// <summary>Finds a free TCP port on loopback for a server a test starts.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
