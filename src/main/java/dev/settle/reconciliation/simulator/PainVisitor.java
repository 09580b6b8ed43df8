package dev.settle.reconciliation.simulator;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Receives what {@link PainFileReader} streams out of a file, in file order. */
interface PainVisitor {

    /** After the group header, before any block. */
    default void header(Header header) {
    }

    /** When a block's header has been read, before its first payment. */
    default void block(Block block) {
    }

    void payment(Block block, Payment payment);

    /** After the block's last payment. */
    default void endBlock(Block block) {
    }

    /** A visitor that hands every event to {@code first}, then to {@code second}. */
    static PainVisitor both(PainVisitor first, PainVisitor second) {
        return new PainVisitor() {
            @Override
            public void header(Header header) {
                first.header(header);
                second.header(header);
            }

            @Override
            public void block(Block block) {
                first.block(block);
                second.block(block);
            }

            @Override
            public void payment(Block block, Payment payment) {
                first.payment(block, payment);
                second.payment(block, payment);
            }

            @Override
            public void endBlock(Block block) {
                first.endBlock(block);
                second.endBlock(block);
            }
        };
    }

    /**
     * The group header.
     *
     * @param creationDateTime {@code CreDtTm} as written
     * @param numberOfTransactions {@code NbOfTxs} as written
     * @param controlSum {@code CtrlSum} as written, or null
     */
    record Header(PainMessage message, String messageId, String creationDateTime, String numberOfTransactions,
            String controlSum) {
    }

    /**
     * A payment-information block.
     *
     * @param index 1-based position of the block in the file
     * @param account our IBAN: the block's debtor account (pain.001) or creditor account (pain.008)
     * @param numberOfTransactions {@code NbOfTxs} as written, or null
     * @param controlSum {@code CtrlSum} as written, or null
     */
    record Block(int index, String id, LocalDate requestedDate, String account, String numberOfTransactions,
            String controlSum) {
    }

    /**
     * One payment.
     *
     * @param position 1-based position of the payment in its block
     */
    record Payment(int position, String endToEndId, BigDecimal amount, String currency) {
    }
}
