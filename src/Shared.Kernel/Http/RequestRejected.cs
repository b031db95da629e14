namespace OpsPlatform.Shared.Kernel.Http;

/// <summary>
/// The request itself is unacceptable before any business rule runs, with a specific status (400 empty, 413 too large,
/// 415 unsupported type) and the input at fault in <paramref name="field"/>.
/// </summary>
public sealed class RequestRejected(int status, string field, string message) : Exception(message)
{
    public int Status { get; } = status;
    public string Field { get; } = field;
}
