namespace TrackHub.Shared.Contracts;

/// <summary>
/// What <see cref="WireReader"/> made of one <c>obs</c> payload: either the whole envelope is rejected, or a batch of the
/// valid items plus the items rejected one by one, and the unknown item types that were skipped.
/// </summary>
public sealed record EnvelopeReadResult
{
    /// <summary>The batch with only its valid items; null when the envelope itself was rejected.</summary>
    public ObsBatch? Batch { get; init; }

    /// <summary>Why the whole envelope was rejected; null when it was read.</summary>
    public Rejection? Rejected { get; init; }

    public IReadOnlyList<ItemRejection> RejectedItems { get; init; } = [];

    /// <summary>The <c>t</c> values of items skipped because this build does not know them.</summary>
    public IReadOnlyList<string> UnknownTypes { get; init; } = [];

    /// <summary>Unknown fields seen across the envelope and its items (tolerated, counted).</summary>
    public int UnknownFieldCount { get; init; }

    /// <summary>
    /// The position in the payload's <c>obs</c> array of each item of <see cref="Batch"/>; null when every item was
    /// accepted (then positions are the same).
    /// </summary>
    public IReadOnlyList<int>? SourceIndexes { get; init; }

    /// <summary>How many items the payload carried, valid or not.</summary>
    public int ItemCount { get; init; }

    public static EnvelopeReadResult Reject(string code, string detail) => new() { Rejected = new Rejection(code, detail) };
}

/// <summary>An item of a batch that failed validation: its index in <c>obs</c>, the reason, and its raw JSON.</summary>
public sealed record ItemRejection(int Index, Rejection Reason, string RawJson);
