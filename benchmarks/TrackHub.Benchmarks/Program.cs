using BenchmarkDotNet.Running;

var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

// Non-zero when a benchmark failed, so scripts (benchmarks/smoke.sh) notice; BenchmarkDotNet itself exits 0.
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
