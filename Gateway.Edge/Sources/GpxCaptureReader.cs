using System.Xml;
using TrackHub.Shared.Contracts;
using TrackHub.Shared.Protocols.Gpx;

namespace TrackHub.Edge.Sources;

/// <summary>A GPX track as fixes of one device; the position is the track point's number in the document.</summary>
public sealed class GpxCaptureReader(string deviceId) : ICaptureReader
{
    public const string NoTime = "gpx-no-time";
    public const string Malformed = "gpx-malformed";

    public string Format => "gpx";

    public IEnumerable<CaptureRecord> Read(Stream stream)
    {
        var rejections = new Queue<Rejection>();
        long position = 0;
        using var points = GpxTrackReader.Read(stream, rejections.Enqueue).GetEnumerator();
        while (true)
        {
            GpxTrackPoint? point = null;
            Rejection? broken = null;
            try
            {
                if (points.MoveNext())
                {
                    point = points.Current;
                }
            }
            catch (XmlException ex)
            {
                broken = new Rejection(Malformed, $"the document stops being GPX: {ex.Message}");
            }

            // Points left out were reported before the next one was read: they come first, in document order.
            while (rejections.TryDequeue(out var rejection))
            {
                yield return new CaptureRecord(++position, null, rejection);
            }

            if (broken is not null)
            {
                yield return new CaptureRecord(position + 1, null, broken);
                yield break;
            }

            if (point is null)
            {
                yield break;
            }

            position++;
            var observation = point.ToObservation(deviceId);
            yield return observation is not null
                ? new CaptureRecord(position, observation, null)
                : new CaptureRecord(position, null, new Rejection(NoTime, $"track point {position} has no <time>; a fix needs one"));
        }
    }
}
