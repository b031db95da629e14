using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using OpsPlatform.Modules.Notifications.Inbox;

namespace OpsPlatform.Modules.Notifications.Email;

/// <summary>
/// Renders the e-mails from the templates embedded under <c>Email/Templates</c> (a plain-text and an HTML one each):
/// <c>{{name}}</c> placeholders are replaced, HTML-encoded in the HTML body. Small enough not to need a template engine.
/// </summary>
internal sealed partial class EmailTemplates(IOptions<MailOptions> options)
{
    private readonly Dictionary<string, string> _templates = typeof(EmailTemplates).Assembly.GetManifestResourceNames()
        .Where(n => n.Contains(".Email.Templates.", StringComparison.Ordinal))
        .ToDictionary(n => n[(n.IndexOf(".Email.Templates.", StringComparison.Ordinal) + ".Email.Templates.".Length)..], Read);

    public RenderedEmail Notification(Notification notification, string recipientName) =>
        new(notification.Title,
            Fill("notification.txt", false, ("name", recipientName), ("title", notification.Title), ("body", notification.Body), ("link", Link(notification.Link, false))),
            Fill("notification.html", true, ("name", recipientName), ("title", notification.Title), ("body", notification.Body), ("link", Link(notification.Link, true))));

    public RenderedEmail Digest(IReadOnlyList<Notification> items, DateOnly day, string recipientName)
    {
        var dayText = day.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);
        string List(string template, bool html) => string.Join("", items.Select(n =>
            Fill(template, html, ("title", n.Title), ("body", n.Body), ("link", Link(n.Link, html)))));
        var count = items.Count.ToString(CultureInfo.InvariantCulture);
        return new($"Your daily digest: {items.Count} notification{(items.Count == 1 ? "" : "s")}",
            Fill("digest.txt", false, ("name", recipientName), ("day", dayText), ("count", count), ("items", List("digest-item.txt", false))),
            Fill("digest.html", true, ("name", recipientName), ("day", dayText), ("count", count), ("items", List("digest-item.html", true))));
    }

    private string Link(string? path, bool html)
    {
        if (string.IsNullOrEmpty(path)) return "";
        var url = options.Value.LinkBaseUrl.TrimEnd('/') + path;
        return html ? $"<p><a href=\"{WebUtility.HtmlEncode(url)}\">Open</a></p>" : url + "\n";
    }

    /// <summary>
    /// Replaces the placeholders in one pass (a value containing <c>{{x}}</c> stays as written); values are HTML-encoded
    /// in HTML templates, except links and item lists, which are rendered HTML already.
    /// </summary>
    private string Fill(string template, bool html, params (string Name, string Value)[] values)
    {
        var byName = values.ToDictionary(v => v.Name, v => html && v.Name is not ("link" or "items") ? WebUtility.HtmlEncode(v.Value) : v.Value);
        return Placeholder().Replace(_templates[template], m => byName.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);
    }

    [GeneratedRegex(@"\{\{(\w+)\}\}")]
    private static partial Regex Placeholder();

    private static string Read(string resource)
    {
        using var stream = typeof(EmailTemplates).Assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
