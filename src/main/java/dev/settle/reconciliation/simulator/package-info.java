/**
 * A deterministic bank for trying the reconciliation without one: {@link
 * dev.settle.reconciliation.simulator.BankSimulator} reads one of our published pain.001 or pain.008 files and
 * answers it as a bank would, with a pain.002 status report and a camt.054 notification, the outcome of each payment
 * decided by the cents of its amount ({@link dev.settle.reconciliation.simulator.BankRules}). No database, no
 * Spring: the CLI's {@code settle simulate bank} calls it directly.
 */
package dev.settle.reconciliation.simulator;
