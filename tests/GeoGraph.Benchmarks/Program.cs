using BenchmarkDotNet.Running;
using GeoGraph.Benchmarks;

// GeoGraph's benchmarks. Modes:
//   (BenchmarkDotNet arguments)   store-level benchmarks, e.g. --filter '*Seed*' (see BenchConfig for the job)
//   http --url URL --scenario S   HTTP load against a running service on loopback (see HttpLoad)
//   mixed --url URL               reads under paced live writes (see MixedLoad)
//   after-write --url URL         the first graph query after one write, on an idle service (see AfterWriteLoad)
//   profile --db FILE             phase timings of the graph queries on a generated store (see QueryProfile)
return args switch
{
    ["http", .. var rest] => await HttpLoad.RunAsync(rest),
    ["mixed", .. var rest] => await MixedLoad.RunAsync(rest),
    ["after-write", .. var rest] => await AfterWriteLoad.RunAsync(rest),
    ["profile", .. var rest] => await QueryProfile.RunAsync(rest),
    _ => Summaries(BenchmarkSwitcher.FromAssembly(typeof(BenchConfig).Assembly).Run(args, new BenchConfig())),
};

static int Summaries(IEnumerable<BenchmarkDotNet.Reports.Summary> summaries) =>
    summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success)) ? 1 : 0;
