using System.Linq.Expressions;
using System.Reflection;
using Marten;
using Marten.Schema;

namespace OpsPlatform.Shared.Kernel.Persistence.Documents;

/// <summary>
/// Composite indexes on a document's duplicated columns, e.g. <c>(status, created_at, id)</c> for a filter paired with
/// the default sort and the id tie-break. Marten 9 builds a duplicated field's own index on its column alone (columns
/// set in <c>Duplicate</c>'s configure are ignored), so the indexes the lists use are added to the mapping here, and
/// <see cref="DuplicateWithoutIndex{T}"/> duplicates columns without Marten's own single-column index.
/// </summary>
public static class DocumentIndexes
{
    public static void Index<T>(this StoreOptions options, string name, string[] columns, string? predicate = null) =>
        options.Policies.ForAllDocuments(mapping =>
        {
            if (mapping.DocumentType == typeof(T))
                mapping.Indexes.Add(new DocumentIndex(mapping, columns) { Name = name, Predicate = predicate });
        });

    /// <summary>
    /// Duplicates members of <typeparamref name="T"/> into their own columns (for filters, sorts and the composite
    /// indexes above) without the single-column index Marten's <c>Duplicate</c> adds to each: those only cost writes
    /// (every insert, and every update that is not HOT), since a composite index starting with the column serves the
    /// same filters. A policy, so it runs before the mapping's own <c>Schema.For&lt;T&gt;()</c> configuration.
    /// </summary>
    public static void DuplicateWithoutIndex<T>(this StoreOptions options, params Expression<Func<T, object?>>[] members) =>
        options.Policies.ForAllDocuments(mapping =>
        {
            if (mapping.DocumentType != typeof(T)) return;
            foreach (var member in members) mapping.DuplicateField([Member(member.Body)]);
        });

    private static MemberInfo Member(Expression body) => body switch
    {
        UnaryExpression { NodeType: ExpressionType.Convert } convert => Member(convert.Operand),
        MemberExpression { Expression: ParameterExpression } access => access.Member,
        _ => throw new ArgumentException($"'{body}' is not a member of the document."),
    };
}
