using System.Net;
using System.Reflection;
using System.Runtime.ExceptionServices;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;
using GeoGraph.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GeoGraph.Tests.Api;

/// <summary>A request that runs past <c>RequestTimeouts:Default</c> is cancelled, down to the store, and answered 504.</summary>
public class RequestTimeoutTests(RequestTimeoutTests.SlowStoreFactory factory) : IClassFixture<RequestTimeoutTests.SlowStoreFactory>
{
    /// <summary>The API with a three-second timeout (long enough for a quick request on a loaded CI machine), on a store where reading node <c>slow-node</c> waits until cancelled.</summary>
    public sealed class SlowStoreFactory : GeoGraphFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["RequestTimeouts:Default"] = "00:00:03" };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                var store = services.Last(descriptor => descriptor.ServiceType == typeof(IGraphStore));
                services.Remove(store);
                services.AddSingleton(provider => SlowStore.Wrap((IGraphStore)store.ImplementationFactory!(provider)));
            });
        }
    }

    [Fact]
    public async Task AStoreCallPastTheTimeoutIsAnsweredGatewayTimeoutWithAProblem()
    {
        var response = await factory.CreateClient().GetAsync("/api/nodes/slow-node");

        await response.AssertProblemAsync(HttpStatusCode.GatewayTimeout);
        Assert.True(SlowStore.SawCancellation, "The store's cancellation token was not cancelled.");
    }

    [Fact]
    public async Task AQuickRequestIsNotCut()
    {
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/api/nodes/volodymyr-zelensky")).StatusCode);
    }

    public class SlowStore : DispatchProxy
    {
        private IGraphStore _inner = null!;

        public static bool SawCancellation { get; private set; }

        public static IGraphStore Wrap(IGraphStore inner)
        {
            var proxy = Create<IGraphStore, SlowStore>();
            ((SlowStore)(object)proxy)._inner = inner;
            return proxy;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            if (targetMethod!.Name == nameof(IGraphStore.GetNodeAsync) && args![0] is "slow-node")
                return HangAsync((CancellationToken)args[1]!);
            try
            {
                return targetMethod.Invoke(_inner, args);
            }
            catch (TargetInvocationException error) when (error.InnerException is not null)
            {
                ExceptionDispatchInfo.Throw(error.InnerException);
                throw;
            }
        }

        private static async Task<Node?> HangAsync(CancellationToken cancellationToken)
        {
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
                return null;
            }
            catch (OperationCanceledException)
            {
                SawCancellation = true;
                throw;
            }
        }
    }
}
