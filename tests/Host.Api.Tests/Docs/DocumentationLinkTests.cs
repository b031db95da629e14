using System.Text.RegularExpressions;

namespace OpsPlatform.Host.Api.Tests.Docs;

/// <summary>Every relative link in the README and the docs resolves to a file or folder inside the repository.</summary>
public sealed partial class DocumentationLinkTests
{
    [Fact]
    public void Every_relative_markdown_link_resolves_inside_the_repository()
    {
        var root = RepositoryRoot();
        var pages = new[] { Path.Combine(root, "README.md") }
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "src"), "README.md", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "bench"), "README.md", SearchOption.AllDirectories))
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();

        var broken = (
            from page in pages
            from Match link in Link().Matches(File.ReadAllText(page))
            let target = link.Groups["target"].Value.Split('#')[0]
            where target.Length > 0 && !target.Contains("://", StringComparison.Ordinal) && !target.StartsWith("mailto:", StringComparison.Ordinal)
            let resolved = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, Uri.UnescapeDataString(target)))
            where !resolved.StartsWith(root, StringComparison.Ordinal) || !(File.Exists(resolved) || Directory.Exists(resolved))
            select $"{Path.GetRelativePath(root, page)}: {link.Value}").ToList();

        pages.Count.ShouldBeGreaterThan(5);
        broken.ShouldBeEmpty();
    }

    [Fact]
    public void The_readme_names_no_file_that_is_not_in_the_repository()
    {
        var root = RepositoryRoot();
        var readme = File.ReadAllText(Path.Combine(root, "README.md"));
        foreach (Match name in MarkdownFileName().Matches(readme))
            Directory.EnumerateFiles(root, name.Value, SearchOption.AllDirectories).ShouldNotBeEmpty($"README.md mentions {name.Value}");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OpsPlatform.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("OpsPlatform.sln not found above the test folder.");
    }

    [GeneratedRegex(@"\[[^\]]*\]\((?<target>[^)\s]+)(\s+""[^""]*"")?\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\b[A-Za-z0-9_-]+\.md\b")]
    private static partial Regex MarkdownFileName();
}
