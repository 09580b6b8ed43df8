package dev.settle.reconciliation.simulator;

import dev.settle.settlement.calendar.BusinessCalendar;
import dev.settle.settlement.calendar.Target2Calendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * Writes the camt.054.001.08 notification for our account while the original file is streamed: first one batch
 * booking per block ({@link #bookings()}: the sum of the block's accepted payments, with one {@code TxDtls} per
 * payment), then, in a later pass, one entry per returned payment ({@link #returns()}), booked the other way two
 * TARGET2 business days after its block.
 * <p>
 * Bank transaction codes: {@code PMNT/ICDT/ESCT} (SEPA credit transfers we issued) or {@code PMNT/IDDT/ESDD} (SEPA
 * direct debits we issued) for the bookings, {@code PMNT/ICDT/RRTN} or {@code PMNT/IDDT/UPDD} for the returns.
 */
final class NotificationWriter {

    static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:camt.054.001.08";

    static final String MESSAGE_ELEMENT = "BkToCstmrDbtCdtNtfctn";

    /** Business days between a booking and the return of one of its payments. */
    static final int RETURN_DAYS = 2;

    private static final BusinessCalendar TARGET2 = new Target2Calendar();

    private final IsoXmlFile out;

    private final FileSummary summary;

    private final LocalDate bookingDate;

    private final boolean directDebit;

    NotificationWriter(IsoXmlFile out, FileSummary summary, LocalDate bookingDate) {
        this.out = out;
        this.summary = summary;
        this.bookingDate = bookingDate;
        this.directDebit = summary.header().message().directDebit();
    }

    /** The notification's message id, derived from the original's. */
    static String messageId(String originalMessageId) {
        return BankReferences.of("NTF", originalMessageId);
    }

    /** Writes the group header and opens the notification for our account. */
    void start() {
        String messageId = messageId(summary.header().messageId());
        String created = creationDate() + "T18:00:00Z";
        out.start("GrpHdr");
        out.text("MsgId", messageId);
        out.text("CreDtTm", created);
        out.end();
        out.start("Ntfctn");
        out.text("Id", messageId);
        out.text("CreDtTm", created);
        out.start("Acct");
        out.start("Id");
        out.text("IBAN", summary.account());
        out.end();
        out.end();
    }

    /** Streams the batch bookings, one entry per block with accepted payments. */
    PainVisitor bookings() {
        return new PainVisitor() {

            private long written;

            @Override
            public void block(Block block) {
                BlockSummary tally = summary.block(block.index());
                written = 0;
                if (tally.accepted() == 0) {
                    return;
                }
                String indicator = directDebit ? "CRDT" : "DBIT";
                entry(tally.acceptedSum(), tally.currency(), indicator, bookingDate(block), BankReferences.of("BK",
                        summary.header().messageId(), block.index()), directDebit ? "ESDD" : "ESCT");
                out.start("NtryDtls");
                out.start("Btch");
                out.text("MsgId", summary.header().messageId());
                out.text("PmtInfId", block.id());
                out.text("NbOfTxs", Long.toString(tally.accepted()));
                out.amount("TtlAmt", tally.acceptedSum(), tally.currency());
                out.text("CdtDbtInd", indicator);
                out.end();
            }

            @Override
            public void payment(Block block, Payment payment) {
                if (summary.outcome(payment).kind() != BankRules.Kind.REJECTED) {
                    transaction(block, payment, directDebit ? "CRDT" : "DBIT");
                    out.end();
                    written++;
                }
            }

            @Override
            public void endBlock(Block block) {
                if (written != summary.block(block.index()).accepted()) {
                    throw new SimulationException("Block " + block.id() + " changed while it was being read");
                }
                if (written > 0) {
                    out.end();
                    out.end();
                }
            }
        };
    }

    /** Streams one entry per returned payment, booked opposite to its block's booking. */
    PainVisitor returns() {
        return (block, payment) -> {
            BankRules.Outcome outcome = summary.outcome(payment);
            if (outcome.kind() != BankRules.Kind.RETURNED) {
                return;
            }
            String indicator = directDebit ? "DBIT" : "CRDT";
            entry(payment.amount(), payment.currency(), indicator, returnDate(block), BankReferences.of("RT",
                    summary.header().messageId(), block.index(), payment.position()), directDebit ? "UPDD" : "RRTN");
            out.start("NtryDtls");
            transaction(block, payment, indicator);
            out.start("RtrInf");
            out.start("Rsn");
            out.text("Cd", outcome.reasonCode());
            out.end();
            out.text("AddtlInf", outcome.reasonText());
            out.end();
            out.end();
            out.end();
            out.end();
        };
    }

    /** The date a block is booked: the one given, else the block's requested execution or collection date. */
    LocalDate bookingDate(PainVisitor.Block block) {
        return bookingDate != null ? bookingDate : block.requestedDate();
    }

    LocalDate returnDate(PainVisitor.Block block) {
        return TARGET2.plusBusinessDays(bookingDate(block), RETURN_DAYS);
    }

    /** Opens an entry up to its bank transaction code; the caller writes its details and closes it. */
    private void entry(BigDecimal amount, String currency, String indicator, LocalDate date, String reference,
            String subFamily) {
        out.start("Ntry");
        out.amount("Amt", amount, currency);
        out.text("CdtDbtInd", indicator);
        out.start("Sts");
        out.text("Cd", "BOOK");
        out.end();
        out.start("BookgDt");
        out.text("Dt", date.toString());
        out.end();
        out.start("ValDt");
        out.text("Dt", date.toString());
        out.end();
        out.text("AcctSvcrRef", reference);
        out.start("BkTxCd");
        out.start("Domn");
        out.text("Cd", "PMNT");
        out.start("Fmly");
        out.text("Cd", directDebit ? "IDDT" : "ICDT");
        out.text("SubFmlyCd", subFamily);
        out.end();
        out.end();
        out.end();
    }

    /** Opens a {@code TxDtls} with the payment's references and amount; the caller closes it. */
    private void transaction(PainVisitor.Block block, PainVisitor.Payment payment, String indicator) {
        out.start("TxDtls");
        out.start("Refs");
        out.text("MsgId", summary.header().messageId());
        out.text("PmtInfId", block.id());
        out.text("EndToEndId", payment.endToEndId());
        out.end();
        out.amount("Amt", payment.amount(), payment.currency());
        out.text("CdtDbtInd", indicator);
    }

    /** The latest date an entry carries (a return's, else a booking's), so the notification postdates them all. */
    private LocalDate creationDate() {
        return summary.blocks().stream().map(tally -> tally.returned() > 0 ? returnDate(tally.block())
                : bookingDate(tally.block())).max(Comparator.naturalOrder()).orElseThrow();
    }
}
