using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using OpsPlatform.Admin.Session;

namespace OpsPlatform.Admin.Api;

/// <summary>
/// The host's own REST API over loopback HTTP, as the signed-in user (their bearer token): every rule, scope and 404 the
/// UI shows is the API's. A refused token is refreshed once; when that fails too the session ends. Any other failure
/// is thrown as an <see cref="ApiProblem"/>.
/// </summary>
public sealed class ApiClient(IHttpClientFactory factory, ApiAddress address, AdminSession session)
{
    public const string HttpClientName = "ops-admin-api";

    public async Task<T> GetAsync<T>(string path, CancellationToken ct = default)
    {
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, path), ct);
        return (await response.Content.ReadFromJsonAsync<T>(ApiJson.Options, ct))!;
    }

    public async Task<PageOf<T>> GetPageAsync<T>(string path, CancellationToken ct = default) =>
        PageOf<T>.Read(await GetAsync<JsonElement>(path, ct));

    public Task<T> PostAsync<T>(string path, object? body, CancellationToken ct = default) => WriteAsync<T>(HttpMethod.Post, path, body, ct);

    public Task<T> PutAsync<T>(string path, object? body, CancellationToken ct = default) => WriteAsync<T>(HttpMethod.Put, path, body, ct);

    /// <summary>A request whose answer the caller reads itself (e.g. the live stream), with the user's token.</summary>
    public Task<HttpResponseMessage> OpenAsync(Func<HttpRequestMessage> request, CancellationToken ct) => SendAsync(request, ct, HttpCompletionOption.ResponseHeadersRead);

    /// <summary>Without the user's token: sign-in.</summary>
    public async Task<T> PostAnonymousAsync<T>(string path, object body, CancellationToken ct = default)
    {
        using var response = await Http().PostAsJsonAsync(path, body, ApiJson.Options, ct);
        if (!response.IsSuccessStatusCode) throw await ApiProblem.ReadAsync(response, ct);
        return (await response.Content.ReadFromJsonAsync<T>(ApiJson.Options, ct))!;
    }

    private async Task<T> WriteAsync<T>(HttpMethod method, string path, object? body, CancellationToken ct)
    {
        using var response = await SendAsync(() => new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body, options: ApiJson.Options) }, ct);
        if (response.StatusCode == HttpStatusCode.NoContent || typeof(T) == typeof(object)) return default!;
        return (await response.Content.ReadFromJsonAsync<T>(ApiJson.Options, ct))!;
    }

    private async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> build, CancellationToken ct, HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead)
    {
        var response = await SendWithTokenAsync(build(), completion, ct);
        if (response.StatusCode == HttpStatusCode.Unauthorized && await RefreshAsync(ct))
        {
            response.Dispose();
            response = await SendWithTokenAsync(build(), completion, ct);
        }
        if (response.IsSuccessStatusCode) return response;

        using (response)
        {
            if (response.StatusCode == HttpStatusCode.Unauthorized) session.Ended();
            throw await ApiProblem.ReadAsync(response, ct);
        }
    }

    private Task<HttpResponseMessage> SendWithTokenAsync(HttpRequestMessage request, HttpCompletionOption completion, CancellationToken ct)
    {
        if (session.AccessToken is { } token) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return Http().SendAsync(request, completion, ct);
    }

    private async Task<bool> RefreshAsync(CancellationToken ct)
    {
        if (session.RefreshToken is not { } refresh) return false;
        using var response = await Http().PostAsJsonAsync("api/auth/refresh", new { refreshToken = refresh }, ApiJson.Options, ct);
        if (!response.IsSuccessStatusCode) return false;
        var tokens = (await response.Content.ReadFromJsonAsync<TokenPair>(ApiJson.Options, ct))!;
        session.Tokens(tokens.AccessToken, tokens.RefreshToken);
        return true;
    }

    private HttpClient Http()
    {
        var http = factory.CreateClient(HttpClientName);
        http.BaseAddress = address.Base;
        return http;
    }
}
