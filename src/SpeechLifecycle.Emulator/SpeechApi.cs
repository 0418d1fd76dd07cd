using System.Globalization;
using System.Text.Json;

namespace SpeechLifecycle.Emulator;

/// <summary>The service behind the gateway: answers a matched, authorised request from the data.</summary>
internal sealed class SpeechApi(EmulatorData data)
{
    public const int DefaultPageSize = 100;

    /// <param name="origin">scheme://host of the request, so every link points back at whoever was called.</param>
    public ApiResponse Execute(SpeechRoute route, ApiVersion version, IReadOnlyDictionary<string, string> query, string origin)
    {
        var renderer = new EntityRenderer(origin, version, data);
        switch (route.Operation)
        {
            case SpeechOperation.GetBaseModel:
                return Get(route.Id!, "BaseModel", data.FindBaseModel, (w, m) => renderer.WriteBaseModel(w, m));
            case SpeechOperation.GetCustomModel:
                return Get(route.Id!, "Model", data.FindCustomModel, (w, m) => renderer.WriteCustomModel(w, m));
            case SpeechOperation.GetEndpoint:
                return Get(route.Id!, "Endpoint", data.FindEndpoint, (w, e) => renderer.WriteEndpoint(w, e));
            case SpeechOperation.ListBaseModels:
                return List(route, version, query, origin, data.BaseModels, renderer.WriteBaseModel);
            case SpeechOperation.ListCustomModels:
                return List(route, version, query, origin, data.CustomModels, renderer.WriteCustomModel);
            case SpeechOperation.ListEndpoints:
                return List(route, version, query, origin, data.Endpoints, renderer.WriteEndpoint);
            case SpeechOperation.ListProjectModels:
            case SpeechOperation.ListProjectEndpoints:
                return ListProject(route, version, query, origin, renderer);
            case SpeechOperation.ListModelLocales:
                return Locales(data.BaseModels.Select(m => m.Locale));
            default:
                return Locales(data.BaseModels.Where(m => m.Features.SupportsEndpoints).Select(m => m.Locale));
        }
    }

    private static ApiResponse Get<T>(string idText, string typeName, Func<Guid, T?> find, Action<Utf8JsonWriter, T> write)
        where T : SpeechEntity
    {
        if (!Guid.TryParse(idText, out Guid id))
        {
            return ApiResponse.Service(400, "InvalidArgument", $"The id '{idText}' is not a valid GUID.", "InvalidArgument");
        }

        T? entity = find(id);
        if (entity is null)
        {
            return ApiResponse.Service(404, "NotFound", $"Entity with id '{id}' of type '{typeName}' cannot be found.", "NotFound");
        }

        return ApiResponse.Json(200, w => write(w, entity));
    }

    private ApiResponse ListProject(SpeechRoute route, ApiVersion version, IReadOnlyDictionary<string, string> query, string origin, EntityRenderer renderer)
    {
        if (!version.HasProjects)
        {
            return ApiResponse.Gateway(404, "Resource not found");
        }

        if (!Guid.TryParse(route.Id, out Guid projectId))
        {
            return ApiResponse.Service(400, "InvalidArgument", $"The id '{route.Id}' is not a valid GUID.", "InvalidArgument");
        }

        bool projectExists = data.CustomModels.Any(m => m.ProjectId == projectId) || data.Endpoints.Any(e => e.ProjectId == projectId);
        if (!projectExists)
        {
            return ApiResponse.Service(404, "NotFound", $"Entity with id '{projectId}' of type 'Project' cannot be found.", "NotFound");
        }

        return route.Operation == SpeechOperation.ListProjectModels
            ? List(route, version, query, origin, data.CustomModels.Where(m => m.ProjectId == projectId).ToList(), renderer.WriteCustomModel)
            : List(route, version, query, origin, data.Endpoints.Where(e => e.ProjectId == projectId).ToList(), renderer.WriteEndpoint);
    }

    private static ApiResponse List<T>(
        SpeechRoute route,
        ApiVersion version,
        IReadOnlyDictionary<string, string> query,
        string origin,
        IReadOnlyList<T> entities,
        Action<Utf8JsonWriter, T> write)
        where T : SpeechEntity
    {
        if (!TryReadPaging(query, out int skip, out int top, out ApiResponse? pagingError))
        {
            return pagingError!;
        }

        IEnumerable<T> selected = entities;
        string? filter = version.SupportsFilter && query.TryGetValue("filter", out string? f) && f.Length > 0 ? f : null;
        if (filter is not null)
        {
            Func<SpeechEntity, bool> predicate;
            try
            {
                predicate = EntityFilter.Parse(filter);
            }
            catch (UnsupportedFilterException e)
            {
                return ApiResponse.Service(400, "InvalidRequest", e.Message, "UnsupportedFilter");
            }

            selected = selected.Where(e => predicate(e));
        }

        // "By default, only the 100 oldest … are returned" (DOC-BATCH): oldest first, the ID breaks ties stably.
        List<T> ordered = selected.OrderBy(e => e.CreatedDateTime).ThenBy(e => e.Id).ToList();
        List<T> page = ordered.Skip(skip).Take(top).ToList();
        string? nextLink = (long)skip + top < ordered.Count ? NextLink(origin, route, version, skip + top, top, filter) : null;

        return ApiResponse.Json(200, w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("values");
            foreach (T entity in page)
            {
                write(w, entity);
            }

            w.WriteEndArray();
            if (nextLink is not null)
            {
                w.WriteString("@nextLink", nextLink);
            }

            w.WriteEndObject();
        });
    }

    private static bool TryReadPaging(IReadOnlyDictionary<string, string> query, out int skip, out int top, out ApiResponse? error)
    {
        skip = 0;
        top = DefaultPageSize;
        error = null;
        if (query.TryGetValue("skip", out string? skipText)
            && (!int.TryParse(skipText, NumberStyles.None, CultureInfo.InvariantCulture, out skip) || skip < 0))
        {
            error = ApiResponse.Service(400, "InvalidRequest", $"The value '{skipText}' of 'skip' is not a non-negative integer.", "UnsupportedPagination");
            return false;
        }

        if (query.TryGetValue("top", out string? topText)
            && (!int.TryParse(topText, NumberStyles.None, CultureInfo.InvariantCulture, out top) || top < 1))
        {
            error = ApiResponse.Service(400, "InvalidRequest", $"The value '{topText}' of 'top' is not a positive integer.", "UnsupportedPagination");
            return false;
        }

        return true;
    }

    /// <summary>Absolute, carrying skip, top, filter and api-version in the order of the spec's example (SPEC-25 get_endpoints.json).</summary>
    private static string NextLink(string origin, SpeechRoute route, ApiVersion version, int skip, int top, string? filter)
    {
        string link = FormattableString.Invariant($"{origin}{route.CollectionPath}?skip={skip}&top={top}");
        if (filter is not null)
        {
            link += "&filter=" + EscapeFilter(filter);
        }

        if (!version.IsPathStyle)
        {
            link += "&api-version=" + version.Name;
        }

        return link;
    }

    /// <summary>The service leaves quotes and colons readable (<c>locale%20eq%20'en-US'</c>); both are legal in a query.</summary>
    private static string EscapeFilter(string filter) =>
        Uri.EscapeDataString(filter).Replace("%27", "'", StringComparison.Ordinal).Replace("%3A", ":", StringComparison.Ordinal);

    private static ApiResponse Locales(IEnumerable<string> locales)
    {
        string[] distinct = locales.Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToArray();
        return ApiResponse.Json(200, w =>
        {
            w.WriteStartArray();
            foreach (string locale in distinct)
            {
                w.WriteStringValue(locale);
            }

            w.WriteEndArray();
        });
    }
}
