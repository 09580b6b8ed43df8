package dev.settle.scheme;

import java.util.stream.Stream;

/**
 * Reads the payments of one group of a {@link SubmissionBatch}, in a stable order. A group may be read more than
 * once (a writer restarting a file reads it again) and yields the same payments each time. The caller closes the
 * stream; it may hold a database cursor.
 */
@FunctionalInterface
public interface PaymentReader {

    /** The group's payments, exactly {@link PaymentGroup#count()} of them. */
    Stream<Payment> read(PaymentGroup group);
}
