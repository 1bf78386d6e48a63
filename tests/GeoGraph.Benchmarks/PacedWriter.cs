using System.Diagnostics;
using System.Text.Json;

namespace GeoGraph.Benchmarks;

/// <summary>What the paced writer did: its writes and own reads are in <see cref="Stats"/>.</summary>
internal sealed record PacedWriterResult(
    RouteStats Stats, TimeSpan Window, long Ticks, long DroppedAtBound, long SkippedAfterFailure, long Checks, long Misses, int LeftoversDeleted, long CleanupFailures)
{
    public RouteTally Writes => Stats.Total(GraphWriter.Routes.Contains);

    public RouteTally ReadsAfterWrite => Stats.Total(route => route == PacedWriter.ReadAfterWriteRoute);

    public double AcknowledgedPerSecond => Writes.Success / Window.TotalSeconds;
}

/// <summary>
/// An open-loop writer: tick k fires at k / <c>writesPerSecond</c> whatever earlier writes are doing, and each tick sends
/// the next write of a cycle over "units" (one actor and one relation each): create actor u, create the relation from it
/// to a random existing actor, and, once <see cref="LiveUnits"/> units are alive, delete the relation and then the actor
/// of unit u − <see cref="LiveUnits"/>, so the graph stays within that many nodes and relations of its size.
/// </summary>
/// <remarks>
/// A step waits for the step it depends on (a relation for its actor's create, a delete for the create and the check)
/// and is skipped when that failed. At most <c>maxInFlight</c> steps run at once; a tick that finds them all busy
/// sends nothing and is counted. After each acknowledged relation create, the writer reads the 1-hop neighbourhood of
/// the new actor and counts answers without the new edge (read-your-writes). Whatever is alive at the end is deleted.
/// </remarks>
internal sealed class PacedWriter(HttpClient client, string sourceId, string? apiKey, IReadOnlyList<string> actorIds, int writesPerSecond, int maxInFlight, int seed)
{
    public const string ReadAfterWriteRoute = "neighborhood1 after write";

    private const int LiveUnits = 32;

    private readonly GraphWriter _writer = new(client, sourceId, apiKey);

    private readonly List<Unit> _units = [];

    private readonly List<Task> _steps = [];

    private readonly string _run = Guid.NewGuid().ToString("N")[..8];

    private int _inFlight;

    private long _droppedAtBound, _skippedAfterFailure, _checks, _misses;

    private sealed class Unit(string actorId, string relationTarget)
    {
        public string ActorId { get; } = actorId;

        public string RelationId => ActorId + "-supports";

        public string RelationTarget { get; } = relationTarget;

        public Task<bool> ActorCreated { get; set; } = Task.FromResult(false);

        /// <summary>Created, and checked by a read, so a delete cannot overtake the check.</summary>
        public Task<bool> RelationCreated { get; set; } = Task.FromResult(false);

        public Task<bool> RelationDeleted { get; set; } = Task.FromResult(false);

        public Task<bool> ActorDeleted { get; set; } = Task.FromResult(false);
    }

    private enum Step
    {
        CreateActor,
        CreateRelation,
        DeleteRelation,
        DeleteActor,
    }

    public async Task<PacedWriterResult> RunAsync(TimeSpan duration)
    {
        var random = new Random(seed);
        var ticks = (long)(duration.TotalSeconds * writesPerSecond);
        using var cycle = Cycle().GetEnumerator();
        var clock = Stopwatch.StartNew();
        for (var tick = 0L; tick < ticks; tick++)
        {
            var wait = TimeSpan.FromSeconds((double)tick / writesPerSecond) - clock.Elapsed;
            if (wait > TimeSpan.Zero)
                await Task.Delay(wait);
            cycle.MoveNext();
            Fire(cycle.Current.Unit, cycle.Current.Step, random);
        }
        await Task.WhenAll(_steps);
        var cleanup = await DeleteLeftoversAsync();
        return new PacedWriterResult(_writer.Stats, duration, ticks, _droppedAtBound, _skippedAfterFailure, _checks, _misses, cleanup.Deleted, cleanup.Failures);
    }

    private static IEnumerable<(int Unit, Step Step)> Cycle()
    {
        for (var unit = 0; ; unit++)
        {
            yield return (unit, Step.CreateActor);
            yield return (unit, Step.CreateRelation);
            if (unit < LiveUnits)
                continue;
            yield return (unit - LiveUnits, Step.DeleteRelation);
            yield return (unit - LiveUnits, Step.DeleteActor);
        }
    }

    private void Fire(int index, Step step, Random random)
    {
        if (step == Step.CreateActor)
            _units.Add(new Unit($"{LoadClient.WriterIdPrefix}{_run}-{index}", actorIds[random.Next(actorIds.Count)]));
        var unit = _units[index];
        switch (step)
        {
            case Step.CreateActor:
                unit.ActorCreated = Launch(async () => (await _writer.CreateActorAsync(unit.ActorId)).IsSuccess);
                break;
            case Step.CreateRelation:
                unit.RelationCreated = Launch(async () => await After(unit.ActorCreated) && await CreateAndCheckRelationAsync(unit));
                break;
            case Step.DeleteRelation:
                unit.RelationDeleted = Launch(async () => await After(unit.RelationCreated) && (await _writer.DeleteRelationAsync(unit.RelationId)).IsSuccess);
                break;
            case Step.DeleteActor:
                unit.ActorDeleted = Launch(async () =>
                {
                    // Not before the check has read the actor, nor before the relation's own delete (the cascade would make it a 404),
                    // even when that delete was dropped at the bound.
                    await Task.WhenAll(unit.RelationCreated, unit.RelationDeleted);
                    return await After(unit.ActorCreated) && (await _writer.DeleteActorAsync(unit.ActorId)).IsSuccess;
                });
                break;
        }
    }

    private Task<bool> Launch(Func<Task<bool>> step)
    {
        if (Interlocked.Increment(ref _inFlight) > maxInFlight)
        {
            Interlocked.Decrement(ref _inFlight);
            Interlocked.Increment(ref _droppedAtBound);
            return Task.FromResult(false);
        }
        var task = Task.Run(async () =>
        {
            try
            {
                return await step();
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        });
        _steps.Add(task);
        return task;
    }

    /// <summary>Waits for a step this one depends on; false (and counted) when it failed.</summary>
    private async Task<bool> After(Task<bool> prerequisite)
    {
        if (await prerequisite)
            return true;
        Interlocked.Increment(ref _skippedAfterFailure);
        return false;
    }

    private async Task<bool> CreateAndCheckRelationAsync(Unit unit)
    {
        if (!(await _writer.CreateRelationAsync(unit.RelationId, unit.ActorId, unit.RelationTarget)).IsSuccess)
            return false;
        var reply = await _writer.GetAsync(ReadAfterWriteRoute, ReadScenarios.Neighborhood1(unit.ActorId));
        if (reply.IsSuccess)
        {
            Interlocked.Increment(ref _checks);
            if (!HasEdge(reply.Body, unit.RelationId))
                Interlocked.Increment(ref _misses);
        }
        return true;
    }

    /// <summary>Whether a Cytoscape answer of the neighbourhood route holds the edge.</summary>
    public static bool HasEdge(byte[] neighborhood, string relationId)
    {
        using var document = JsonDocument.Parse(neighborhood);
        return document.RootElement.GetProperty("edges").EnumerateArray()
            .Any(edge => edge.GetProperty("data").GetProperty("id").GetString() == relationId);
    }

    /// <summary>Deletes the actors (with their relations) still alive, outside the measured writes.</summary>
    private async Task<(int Deleted, long Failures)> DeleteLeftoversAsync()
    {
        var cleaner = new GraphWriter(client, sourceId, apiKey);
        var alive = _units.Where(unit => unit.ActorCreated.Result && !unit.ActorDeleted.Result).ToList();
        foreach (var unit in alive)
            await cleaner.DeleteActorAsync(unit.ActorId);
        return (alive.Count, cleaner.Stats.Total(_ => true).Failures);
    }
}
