using System.Globalization;
using System.Text;
using TrackHub.Edge.Pipeline;

namespace TrackHub.Edge.Replay;

/// <summary>The one line <c>replay</c> prints when it is done.</summary>
public static class ReplaySummary
{
    public static string Format(IngestStats stats, int files, long epoch, bool noWait)
    {
        var text = new StringBuilder();
        var culture = CultureInfo.InvariantCulture;
        text.Append(culture, $"replayed {files} file{(files == 1 ? "" : "s")}: {stats.Observations} observations in {stats.Batches} batches");
        var (first, last) = stats.Sequences;
        if (stats.Batches > 0)
        {
            text.Append(culture, $" (seq {first}-{last}, epoch {epoch})");
        }
        else
        {
            text.Append(" (nothing new: this state directory already holds everything these files contain)");
        }

        text.Append(culture, $", {stats.RejectedTotal} rejected");
        if (stats.RejectedTotal > 0)
        {
            text.Append(" (").AppendJoin(", ", stats.Rejections.Select(r => $"{r.Value} {r.Key}")).Append(')');
        }

        text.Append(noWait ? "; accepted by the broker" : "; acknowledged by the hub");
        return text.ToString();
    }
}
