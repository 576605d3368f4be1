// Hangfire keeps its storage in a process-wide static, so two hosts must never run side by side:
// test collections (the SQLite host, the PostgreSQL host) run one after the other.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
