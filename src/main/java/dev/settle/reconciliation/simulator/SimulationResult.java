package dev.settle.reconciliation.simulator;

import java.nio.file.Path;

/**
 * What {@link BankSimulator} answered for one file.
 *
 * @param messageId the original file's message id (our batch id)
 * @param messageName the original's message, e.g. {@code pain.001.001.09}
 * @param payments the payments of the file
 * @param accepted payments accepted and booked, the returned ones included
 * @param rejected payments rejected: in the status report, never booked
 * @param returned payments booked, then returned
 * @param statusReport the pain.002 written
 * @param notification the camt.054 written
 */
public record SimulationResult(String messageId, String messageName, long payments, long accepted, long rejected,
        long returned, Path statusReport, Path notification) {
}
