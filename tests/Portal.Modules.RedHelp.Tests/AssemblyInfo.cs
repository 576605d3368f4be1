using Xunit;

// The PostgreSQL tests share one database that each harness wipes and migrates, so test classes must not run at
// the same time (a wipe in one class under another's migration fails with "relation already exists").
[assembly: CollectionBehavior(DisableTestParallelization = true)]
