package dev.settle.scheme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Payments for one scheme submitted together: a file, or one call of an API. The groups, with their counts and
 * totals, are known up front; the payments themselves are streamed by {@link #read(PaymentGroup)}, so a batch of a
 * million payments never needs to be held in memory.
 *
 * @param batchId our id of the batch: the file's message id, or the API batch's reference; the same on a resend
 * @param groups the batch's groups in submission order, at least one
 */
public record SubmissionBatch(SchemeSettings scheme, String batchId, List<PaymentGroup> groups, PaymentReader reader) {

    public SubmissionBatch {
        groups = List.copyOf(groups);
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("Batch " + batchId + " has no payments");
        }
    }

    /** A batch of payments already in memory, grouped by execution date, currency and sequence type. */
    public static SubmissionBatch of(SchemeSettings scheme, String batchId, List<Payment> payments) {
        Map<List<Object>, List<Payment>> byGroup = new LinkedHashMap<>();
        for (Payment payment : payments) {
            List<Object> group = new ArrayList<>(3);
            group.add(payment.executionDate());
            group.add(payment.currency());
            group.add(payment.counterparty().sequenceType());
            byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(payment);
        }
        List<PaymentGroup> groups = byGroup.values().stream().map(members -> new PaymentGroup(
                members.get(0).executionDate(), members.get(0).counterparty().sequenceType(), members.get(0).currency(),
                members.size(), members.stream().map(Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add)))
                .toList();
        List<Payment> copy = List.copyOf(payments);
        return new SubmissionBatch(scheme, batchId, groups, group -> copy.stream().filter(group::contains));
    }

    /** The payments of one group; close the stream. */
    public Stream<Payment> read(PaymentGroup group) {
        return reader.read(group);
    }

    /** How many payments the batch holds. */
    public long count() {
        return groups.stream().mapToLong(PaymentGroup::count).sum();
    }

    /**
     * Every payment of the batch in one list: for API writers whose batches are small by configuration (the
     * scheme's maximum items per batch). File writers stream with {@link #read(PaymentGroup)} instead.
     */
    public List<Payment> payments() {
        List<Payment> all = new ArrayList<>((int) Math.min(count(), 10_000));
        for (PaymentGroup group : groups) {
            try (Stream<Payment> payments = read(group)) {
                payments.forEach(all::add);
            }
        }
        return all;
    }
}
