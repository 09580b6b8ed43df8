/** Operator control of Spring Batch executions: restart, recover. */
package dev.settle.execution;
