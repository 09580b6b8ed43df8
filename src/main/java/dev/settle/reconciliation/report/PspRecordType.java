package dev.settle.reconciliation.report;

import dev.settle.reconciliation.report.ReportEntry.EntryType;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The {@code recordType} of a PSP settlement line and the report entry it becomes. */
enum PspRecordType {
    /** A collection or card charge settled: the money is ours. */
    CHARGE(EntryType.BOOKED, "BOOK"),
    /** A payout settled: the money reached the payee. */
    PAYOUT(EntryType.BOOKED, "BOOK"),
    /** The PSP could not execute the payment: rejected. */
    FAILED(EntryType.STATUS, "RJCT"),
    /** Money paid back to the customer on a settled charge. */
    REFUND(EntryType.REFUNDED, null),
    /** The customer disputed a settled charge. */
    DISPUTE_OPENED(EntryType.CHARGEBACK_OPENED, null),
    /** The dispute was decided for us. */
    DISPUTE_WON(EntryType.CHARGEBACK_WON, null),
    /** The dispute was decided against us. */
    DISPUTE_LOST(EntryType.CHARGEBACK_LOST, null),
    /** A fee the PSP charged on its own line, of one payment or of none. */
    FEE(EntryType.FEE, null);

    /** The values, for messages. */
    static final String NAMES = Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));

    private final EntryType entryType;
    private final String status;

    PspRecordType(EntryType entryType, String status) {
        this.entryType = entryType;
        this.status = status;
    }

    EntryType entryType() {
        return entryType;
    }

    /** The status the entry carries: {@code BOOK} for a booking, {@code RJCT} for a failure, else null. */
    String status() {
        return status;
    }

    /** Whether the line must name our payment; only a fee may stand alone (an account or monthly fee). */
    boolean needsPayment() {
        return this != FEE;
    }

    /** The type written in {@code value}, case aside. */
    static Optional<PspRecordType> of(String value) {
        String name = value.toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(type -> type.name().equals(name)).findFirst();
    }
}
