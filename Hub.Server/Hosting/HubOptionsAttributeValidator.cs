using Microsoft.Extensions.Options;

namespace TrackHub.Hub.Hosting;

/// <summary>Source-generated validation of the data annotations on <see cref="HubOptions"/> and its sections.</summary>
[OptionsValidator]
public sealed partial class HubOptionsAttributeValidator : IValidateOptions<HubOptions>;
