/**
 * Operator control of Spring Batch executions (restart, stop, abandon, recover), and what keeps executions
 * recoverable: every job records its owning process and a heartbeat ({@link dev.settle.execution.LocalExecutions}),
 * executions a dead process left marked running are found and recovered ({@link dev.settle.execution.StaleExecutions}),
 * and a process shutting down stops its jobs at a chunk boundary ({@code ExecutionShutdown}).
 */
package dev.settle.execution;
