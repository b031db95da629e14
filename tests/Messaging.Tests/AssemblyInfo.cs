// The bus tests measure delivery across hosts and processes on a 2-core machine: one class at a time, so timings hold.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
