using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;

namespace OpsPlatform.Testing;

public static class HttpAssertions
{
    /// <summary>Asserts the status and returns the parsed JSON body (for problem details: status, title, errors, traceId).</summary>
    public static async Task<JsonElement> ShouldHaveStatus(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, $"Body: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Asserts a problem-details answer with the status, and (when given) an error entry for each field.</summary>
    public static async Task<JsonElement> ShouldBeProblem(this HttpResponseMessage response, HttpStatusCode status, params string[] fields)
    {
        var problem = await response.ShouldHaveStatus(status);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        problem.GetProperty("status").GetInt32().ShouldBe((int)status);
        problem.TryGetProperty("traceId", out _).ShouldBeTrue("problem details carry a traceId");
        foreach (var field in fields)
            problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue($"errors should name '{field}': {problem}");
        return problem;
    }

    /// <summary>
    /// Asserts a list page that holds the whole (filtered) list: exactly <paramref name="count"/> items, no next page,
    /// and no total, which comes only with <c>count=true</c>.
    /// </summary>
    public static JsonElement ShouldListExactly(this JsonElement page, int count)
    {
        page.GetProperty("items").GetArrayLength().ShouldBe(count, $"Page: {page}");
        page.GetProperty("hasMore").GetBoolean().ShouldBeFalse($"Page: {page}");
        page.TryGetProperty("totalItems", out _).ShouldBeFalse("the total is given only on count=true");
        return page;
    }

    public static async Task<T> ReadAs<T>(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<T>(ApiFactory.Json))!;
}
