namespace OpsPlatform.Host.Api.Auth.People;

/// <summary>Someone IT staff and managers can hand hardware, a seat or work to: an active account, without its security state.</summary>
internal sealed record PersonSummary(Guid Id, string DisplayName, string? Email);
