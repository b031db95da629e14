using System.Text.Json;
using System.Text.RegularExpressions;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Shared.Kernel.Http;

/// <summary>
/// Turns every exception that reaches the HTTP edge into RFC 9457 problem details: 400 with per-field errors
/// (validation, malformed JSON, wrong types), 404, 409 (conflicts, duplicates, stale versions), 413, 422 (domain
/// rules), each logged as one Information line. Anything else is a 500 without internals, logged as an error with its
/// stack trace and the trace id.
/// </summary>
public sealed partial class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ValidationException validation => Validation(validation),
            InvalidQueryException query => Fields(query.Errors.ToDictionary(e => e.Key, e => e.Value)),
            BadHttpRequestException badRequest => BadRequest(badRequest),
            JsonException json => Problem(400, "The request body is not valid JSON.", JsonError(json)),
            NotFoundException notFound => Problem(404, "Not found.", notFound.Message),
            ConflictException conflict => Conflict(conflict),
            DomainRuleViolation rule => Rule(rule),
            RequestRejected rejected => new HttpValidationProblemDetails(new Dictionary<string, string[]> { [rejected.Field] = [rejected.Message] })
                { Status = rejected.Status, Title = "The request was refused.", Detail = rejected.Message },
            // A unique index outside a module's unit of work (e.g. Identity's EF stores) still answers 409, never 500.
            { InnerException: Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation } }
                => Problem(409, "The request conflicts with the current state.", "Another record already uses one of these values."),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested => null,
            _ => null,
        };

        if (problem is null)
        {
            if (httpContext.RequestAborted.IsCancellationRequested) return true;
            logger.LogError(exception, "Unhandled error on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            problem = Problem(500, "An unexpected error occurred.", "The error was logged; quote the traceId when reporting it.");
        }
        else
        {
            // The client's error, not the server's: one line, no stack trace.
            ClientError(logger, problem.Status!.Value, httpContext.Request.Method, httpContext.Request.Path.Value ?? "", problem.Detail ?? problem.Title);
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static ProblemDetails Validation(ValidationException validation)
    {
        var errors = validation.Errors
            .GroupBy(e => FieldName(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());
        return Fields(errors);
    }

    private static HttpValidationProblemDetails Fields(Dictionary<string, string[]> errors) => new(errors)
    {
        Status = 400,
        Title = "One or more fields are invalid.",
        Detail = string.Join(" ", errors.Select(e => e.Value[0])),
    };

    private static ProblemDetails BadRequest(BadHttpRequestException exception)
    {
        if (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
            return Problem(413, "The request body is too large.", exception.Message);

        if (exception.InnerException is JsonException json)
        {
            var field = JsonField(json);
            var detail = JsonError(json);
            return field is null
                ? Problem(400, "The request body is not valid JSON.", detail)
                : new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [detail] })
                  { Status = 400, Title = "One or more fields are invalid.", Detail = detail };
        }

        var parameter = BindFailure().Match(exception.Message);
        if (parameter.Success)
        {
            var name = FieldName(parameter.Groups["name"].Value);
            var message = $"'{parameter.Groups["value"].Value}' is not a valid value for '{name}'.";
            return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [name] = [message] })
                { Status = 400, Title = "One or more fields are invalid.", Detail = message };
        }

        if (exception.Message.Contains("body was not provided", StringComparison.OrdinalIgnoreCase) ||
            exception.Message.Contains("Implicit body inferred", StringComparison.OrdinalIgnoreCase))
            return Problem(400, "A JSON request body is required.", exception.Message);

        return Problem(exception.StatusCode, "The request is malformed.", exception.Message);
    }

    private static string? JsonField(JsonException json)
    {
        var path = json.Path;
        if (string.IsNullOrEmpty(path) || path == "$") return null;
        var field = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        return field.Length == 0 ? null : field;
    }

    private static string JsonError(JsonException json)
    {
        var field = JsonField(json);
        if (field is null) return "The body could not be read as JSON: check brackets, quotes and commas.";
        if (json is NulCharacterException) return $"'{field}' {NulCharacterException.Reason}";
        if (json.Message.Contains("could not be mapped", StringComparison.Ordinal))
            return $"'{field}' is not a field of this request.";
        return json.Message.Contains("could not be converted", StringComparison.Ordinal)
            ? $"'{field}' has a value of the wrong type or an unknown option."
            : $"'{field}' could not be read: the JSON is malformed at this point.";
    }

    private static ProblemDetails Conflict(ConflictException conflict)
    {
        var problem = conflict.Errors.Count > 0
            ? new HttpValidationProblemDetails(conflict.Errors.ToDictionary(e => e.Key, e => e.Value))
            : new ProblemDetails();
        problem.Status = 409;
        problem.Title = "The request conflicts with the current state.";
        problem.Detail = conflict.Message;
        foreach (var (key, value) in conflict.Extensions) problem.Extensions[key] = value;
        return problem;
    }

    private static ProblemDetails Rule(DomainRuleViolation rule)
    {
        var problem = rule.Field is null
            ? new ProblemDetails()
            : new HttpValidationProblemDetails(new Dictionary<string, string[]> { [rule.Field] = [rule.Message] });
        problem.Status = 422;
        problem.Title = "A business rule refused the request.";
        problem.Detail = rule.Message;
        return problem;
    }

    private static ProblemDetails Problem(int status, string title, string detail) =>
        new() { Status = status, Title = title, Detail = detail };

    /// <summary>FluentValidation's "Items[0].UnitPrice" → the JSON path "items[0].unitPrice".</summary>
    public static string FieldName(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));

    [LoggerMessage(Level = LogLevel.Information, Message = "{Status} on {Method} {Path}: {Detail}")]
    private static partial void ClientError(ILogger logger, int status, string method, string path, string? detail);

    [GeneratedRegex("""Failed to bind parameter "(?:[^"]*\s)?(?<name>[A-Za-z0-9_]+)" from "(?<value>[^"]*)"\.""")]
    private static partial Regex BindFailure();
}
