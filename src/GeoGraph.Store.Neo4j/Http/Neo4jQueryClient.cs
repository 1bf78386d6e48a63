using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using GeoGraph.Core.Graph;
using Microsoft.Extensions.Options;

namespace GeoGraph.Store.Neo4j.Http;

/// <summary>
/// Typed HttpClient over Neo4j's HTTP Query API: <c>POST {uri}/db/{database}/query/v2</c> for one statement in its
/// own (implicit) transaction, and <c>…/query/v2/tx</c> for explicit transactions. Plain JSON out; plain or typed
/// JSON back. Every response body is checked for <c>errors</c>, and errors become GeoGraph exceptions (see
/// <see cref="Neo4jResponseParser.ToException(string, string, int?)"/>); transport failures and timeouts become
/// <see cref="StoreUnavailableException"/>.
/// </summary>
public sealed class Neo4jQueryClient
{
    /// <summary>Marks a request the HTTP pipeline may safely send again (reads, and rollbacks).</summary>
    public static readonly HttpRequestOptionsKey<bool> Retryable = new("GeoGraph.Neo4j.Retryable");

    /// <summary>Marks a request the HTTP pipeline must never send again, not even after a refused connection.</summary>
    public static readonly HttpRequestOptionsKey<bool> NeverRetried = new("GeoGraph.Neo4j.NeverRetried");

    public const string PlainMediaType = "application/json";

    public const string TypedMediaType = "application/vnd.neo4j.query";

    private const string AffinityHeader = "neo4j-cluster-affinity";

    // Neo4j rolls an implicit transaction back when it fails with a transient error, so the statement can be run again.
    private static readonly TimeSpan[] TransientRetryDelays = [TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(400)];

    private static readonly JsonSerializerOptions ParameterJson = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never };

    private readonly HttpClient _http;
    private readonly AuthenticationHeaderValue? _authorization;
    private readonly string _queryPath;

    public Neo4jQueryClient(HttpClient http, IOptions<Neo4jStoreOptions> options)
    {
        var settings = options.Value;
        _http = http;
        _http.BaseAddress ??= settings.BaseUri();
        if (!string.IsNullOrEmpty(settings.User))
            _authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{settings.User}:{settings.Password}")));
        _queryPath = $"db/{Uri.EscapeDataString(settings.Database)}/query/v2";
    }

    /// <summary>Runs one statement in its own transaction, committed when it succeeds.</summary>
    public async Task<Neo4jResult> RunAsync(Neo4jQuery query, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var request = Request(HttpMethod.Post, _queryPath, Body(query), query.Format, affinity: null);
                request.Options.Set(Retryable, query.AccessMode == Neo4jAccessMode.Read);
                return (await SendAsync(request, query.Format, cancellationToken)).Result;
            }
            catch (StoreUnavailableException error) when (attempt < TransientRetryDelays.Length && error.InnerException is Neo4jQueryException { Code: var code }
                && code.StartsWith("Neo.TransientError.", StringComparison.Ordinal))
            {
                await Task.Delay(TransientRetryDelays[attempt], cancellationToken);
            }
        }
    }

    /// <summary>
    /// Runs one statement once (never retried: analysts' Cypher is not ours to repeat) and reads at most
    /// <paramref name="rowLimit"/> rows as the answer streams in; the rest of the answer is not read, so an error
    /// Neo4j reports after those rows is not seen.
    /// </summary>
    public async Task<Neo4jRows> ReadRowsAsync(Neo4jQuery query, int rowLimit, CancellationToken cancellationToken = default)
    {
        using var request = Request(HttpMethod.Post, _queryPath, Body(query), query.Format, affinity: null);
        request.Options.Set(NeverRetried, true);
        using var response = await SendRawAsync(request, cancellationToken, HttpCompletionOption.ResponseHeadersRead);
        if (!response.IsSuccessStatusCode)
        {
            await ParseAsync(response, query.Format, cancellationToken);
            throw Neo4jResponseParser.ForStatus((int)response.StatusCode, null);
        }
        try
        {
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            return await Neo4jRowStream.ReadAsync(body, rowLimit, (int)response.StatusCode, cancellationToken);
        }
        catch (Exception error) when (error is HttpRequestException or IOException || (error is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new StoreUnavailableException("The connection to Neo4j broke while its answer was read.", error);
        }
    }

    /// <summary>Opens an explicit transaction; commit it, or dispose it to roll back.</summary>
    public async Task<Neo4jTransaction> BeginTransactionAsync(Neo4jAccessMode accessMode = Neo4jAccessMode.Write, CancellationToken cancellationToken = default)
    {
        var body = accessMode == Neo4jAccessMode.Read ? """{"accessMode":"READ"}""" : "{}";
        using var request = Request(HttpMethod.Post, $"{_queryPath}/tx", Encoding.UTF8.GetBytes(body), Neo4jResultFormat.Plain, affinity: null);
        using var response = await SendRawAsync(request, cancellationToken);
        var parsed = await ParseAsync(response, Neo4jResultFormat.Plain, cancellationToken);
        var transaction = parsed.Transaction
            ?? throw new StoreUnavailableException("Neo4j opened no transaction: its answer carries no transaction id (explicit transactions need Neo4j 5.26 or later).");
        var affinity = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
        return new Neo4jTransaction(this, transaction.Id, affinity);
    }

    internal async Task<Neo4jResult> RunInTransactionAsync(string transactionId, string? affinity, Neo4jQuery query, CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Post, $"{_queryPath}/tx/{Uri.EscapeDataString(transactionId)}", Body(query), query.Format, affinity);
        return (await SendAsync(request, query.Format, cancellationToken)).Result;
    }

    internal async Task CommitAsync(string transactionId, string? affinity, CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Post, $"{_queryPath}/tx/{Uri.EscapeDataString(transactionId)}/commit", "{}"u8.ToArray(), Neo4jResultFormat.Plain, affinity);
        await SendAsync(request, Neo4jResultFormat.Plain, cancellationToken);
    }

    internal async Task RollbackAsync(string transactionId, string? affinity, CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Delete, $"{_queryPath}/tx/{Uri.EscapeDataString(transactionId)}", null, Neo4jResultFormat.Plain, affinity);
        request.Options.Set(Retryable, true);
        await SendAsync(request, Neo4jResultFormat.Plain, cancellationToken);
    }

    /// <summary>The JSON body of a statement: <c>{statement, parameters, accessMode?}</c>.</summary>
    internal static byte[] Body(Neo4jQuery query)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("statement", query.Statement);
            writer.WritePropertyName("parameters");
            JsonSerializer.Serialize(writer, query.Parameters ?? new Dictionary<string, object?>(), ParameterJson);
            if (query.AccessMode == Neo4jAccessMode.Read)
                writer.WriteString("accessMode", "READ");
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private HttpRequestMessage Request(HttpMethod method, string path, byte[]? body, Neo4jResultFormat format, string? affinity)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(format == Neo4jResultFormat.Typed ? TypedMediaType : PlainMediaType));
        if (_authorization is not null)
            request.Headers.Authorization = _authorization;
        if (affinity is not null)
            request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(PlainMediaType);
        }
        return request;
    }

    private async Task<Neo4jResponse> SendAsync(HttpRequestMessage request, Neo4jResultFormat format, CancellationToken cancellationToken)
    {
        using var response = await SendRawAsync(request, cancellationToken);
        return await ParseAsync(response, format, cancellationToken);
    }

    private static async Task<Neo4jResponse> ParseAsync(HttpResponseMessage response, Neo4jResultFormat format, CancellationToken cancellationToken)
    {
        byte[] body;
        try
        {
            body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        }
        catch (Exception error) when (error is HttpRequestException or IOException || (error is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new StoreUnavailableException("The connection to Neo4j broke while its answer was read.", error);
        }
        return Neo4jResponseParser.Parse(response.StatusCode, body, format);
    }

    private async Task<HttpResponseMessage> SendRawAsync(HttpRequestMessage request, CancellationToken cancellationToken,
        HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            return await _http.SendAsync(request, completion, cancellationToken);
        }
        catch (OperationCanceledException error) when (!cancellationToken.IsCancellationRequested)
        {
            throw new StoreUnavailableException($"Neo4j did not answer in time ({request.Method} {request.RequestUri}).", error);
        }
        catch (HttpRequestException error)
        {
            var refused = error.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused };
            throw new StoreUnavailableException(
                refused ? $"Neo4j refused the connection at {_http.BaseAddress}: is it running?" : $"Neo4j could not be reached at {_http.BaseAddress}: {error.Message}",
                error);
        }
        catch (Exception error) when (error.GetType().FullName?.StartsWith("Polly.", StringComparison.Ordinal) == true)
        {
            // The resilience pipeline's own refusals (an open circuit breaker, an exhausted budget).
            throw new StoreUnavailableException($"Neo4j is not being called right now: {error.Message}", error);
        }
    }
}

/// <summary>
/// An explicit transaction of the Query API: statements run in it are committed together by <see cref="CommitAsync"/>;
/// disposing it without a commit rolls it back. Neo4j drops an idle transaction after 60 seconds by default.
/// </summary>
public sealed class Neo4jTransaction : IAsyncDisposable
{
    private readonly Neo4jQueryClient _client;
    private readonly string? _affinity;
    private bool _finished;

    internal Neo4jTransaction(Neo4jQueryClient client, string id, string? affinity)
    {
        _client = client;
        Id = id;
        _affinity = affinity;
    }

    public string Id { get; }

    public Task<Neo4jResult> RunAsync(Neo4jQuery query, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        return _client.RunInTransactionAsync(Id, _affinity, query, cancellationToken);
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        _finished = true;
        await _client.CommitAsync(Id, _affinity, cancellationToken);
    }

    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (_finished)
            return;
        _finished = true;
        await _client.RollbackAsync(Id, _affinity, cancellationToken);
    }

    /// <summary>Rolls back when neither committed nor rolled back. A failed rollback is left to the server's idle timeout.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_finished)
            return;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await RollbackAsync(timeout.Token);
        }
        catch (Exception error) when (error is StoreUnavailableException or Neo4jQueryException or OperationCanceledException)
        {
            // The statement that failed usually closed the transaction already (404 TransactionNotFound).
        }
    }
}
