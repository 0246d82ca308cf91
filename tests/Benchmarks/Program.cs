using BenchmarkDotNet.Running;

// --timeline: where one data-benchmark request spends its time (Data/RequestTimeline.cs), not a BenchmarkDotNet job.
if (args is ["--timeline"])
{
    await KtPortal.Benchmarks.Data.RequestTimeline.RunAsync();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
