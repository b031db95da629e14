using System.Linq.Expressions;
using System.Reflection;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Shared.Kernel.Http;

/// <summary>
/// The allow-list of fields a list may be sorted by. Every sort ends with the id as a tie-break, so pages are
/// stable. Each field here must have an index behind it.
/// </summary>
public sealed class SortFields<TEntity> where TEntity : AggregateRoot
{
    private static readonly MethodInfo OrderByMethod = QueryableMethod(nameof(Queryable.OrderBy));
    private static readonly MethodInfo OrderByDescendingMethod = QueryableMethod(nameof(Queryable.OrderByDescending));
    private static readonly MethodInfo ThenByMethod = QueryableMethod(nameof(Queryable.ThenBy));
    private static readonly MethodInfo ThenByDescendingMethod = QueryableMethod(nameof(Queryable.ThenByDescending));

    private readonly Dictionary<string, LambdaExpression> _fields = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<LambdaExpression, string> _columns = [];
    private readonly string _default;

    public SortFields(string defaultSort) => _default = defaultSort;

    public SortFields<TEntity> Add<TKey>(string name, Expression<Func<TEntity, TKey>> key)
    {
        _fields[name] = key;
        if (Column(key) is { } column) _columns[key] = column; // a computed key sorts in LINQ only
        return this;
    }

    public IEnumerable<string> Names => _fields.Keys;

    /// <summary>Null when the sort is valid; otherwise the message naming the unknown field and the allowed ones.</summary>
    public string? Problem(string? sort)
    {
        if (string.IsNullOrWhiteSpace(sort)) return null;
        foreach (var part in sort.Split(',', StringSplitOptions.TrimEntries))
        {
            var name = part.TrimStart('-', '+');
            if (!_fields.ContainsKey(name))
                return $"Cannot sort by '{name}'. Allowed: {string.Join(", ", _fields.Keys)} (prefix with '-' for descending).";
        }
        return null;
    }

    public IOrderedQueryable<TEntity> Apply(IQueryable<TEntity> source, string? sort)
    {
        var expression = source.Expression;
        var first = true;
        foreach (var (key, descending) in Keys(sort))
        {
            var method = first ? (descending ? OrderByDescendingMethod : OrderByMethod) : (descending ? ThenByDescendingMethod : ThenByMethod);
            expression = Expression.Call(method.MakeGenericMethod(typeof(TEntity), key.ReturnType), expression, Expression.Quote(key));
            first = false;
        }
        var ordered = (IOrderedQueryable<TEntity>)source.Provider.CreateQuery<TEntity>(expression);
        return ordered.ThenBy(e => e.Id);
    }

    /// <summary>
    /// The same order as SQL over the document's duplicated columns (Marten names each after its member in snake case),
    /// e.g. <c>w.created_at DESC, w.id</c>.
    /// </summary>
    public string OrderBySql(string? sort, string alias) =>
        string.Join(", ", Keys(sort).Select(k => $"{alias}.{_columns[k.Key]}{(k.Descending ? " DESC" : "")}").Append($"{alias}.id"));

    private IEnumerable<(LambdaExpression Key, bool Descending)> Keys(string? sort) =>
        (string.IsNullOrWhiteSpace(sort) ? _default : sort)
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(part => (_fields[part.TrimStart('-', '+')], part.StartsWith('-')));

    /// <summary>Marten's column for a duplicated member: its name in snake case (PriorityRank → priority_rank).</summary>
    private static string? Column(LambdaExpression key)
    {
        var body = key.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : key.Body;
        if (body is not MemberExpression { Expression: ParameterExpression } member) return null;
        var name = member.Member.Name;
        return string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));
    }

    private static MethodInfo QueryableMethod(string name) =>
        typeof(Queryable).GetMethods().Single(m => m.Name == name && m.GetParameters().Length == 2);
}
