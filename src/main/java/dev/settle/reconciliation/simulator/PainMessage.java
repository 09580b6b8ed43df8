package dev.settle.reconciliation.simulator;

import java.util.Arrays;
import java.util.Optional;

/**
 * The initiation messages our SEPA writers publish, recognised by the namespace of the file's {@code Document}, with
 * where each keeps what the simulator reads (paths below the message element).
 */
enum PainMessage {

    PAIN_001_001_03("pain.001.001.03", false, "ReqdExctnDt"),
    PAIN_001_001_09("pain.001.001.09", false, "ReqdExctnDt/Dt"),
    PAIN_008_001_02("pain.008.001.02", true, "ReqdColltnDt"),
    PAIN_008_001_08("pain.008.001.08", true, "ReqdColltnDt");

    private static final String NAMESPACE_PREFIX = "urn:iso:std:iso:20022:tech:xsd:";

    private final String name;

    private final boolean directDebit;

    private final String requestedDatePath;

    PainMessage(String name, boolean directDebit, String requestedDatePath) {
        this.name = name;
        this.directDebit = directDebit;
        this.requestedDatePath = requestedDatePath;
    }

    /** The message with this namespace, or empty when it is not one we publish. */
    static Optional<PainMessage> of(String namespace) {
        return Arrays.stream(values()).filter(m -> m.namespace().equals(namespace)).findFirst();
    }

    /** The message name, e.g. {@code pain.001.001.09}, as a status report's {@code OrgnlMsgNmId} gives it. */
    String messageName() {
        return name;
    }

    String namespace() {
        return NAMESPACE_PREFIX + name;
    }

    /** A direct debit initiation (pain.008), else a credit transfer initiation (pain.001). */
    boolean directDebit() {
        return directDebit;
    }

    /** The element below {@code Document}. */
    String rootElement() {
        return directDebit ? "CstmrDrctDbtInitn" : "CstmrCdtTrfInitn";
    }

    /** One payment, below {@code PmtInf}. */
    String transactionElement() {
        return directDebit ? "DrctDbtTxInf" : "CdtTrfTxInf";
    }

    /** The payment's amount, below the transaction element. */
    String amountPath() {
        return directDebit ? "InstdAmt" : "Amt/InstdAmt";
    }

    /** Our account's IBAN, below {@code PmtInf}: the debtor's for transfers, the creditor's for collections. */
    String accountPath() {
        return (directDebit ? "CdtrAcct" : "DbtrAcct") + "/Id/IBAN";
    }

    /** The block's requested execution or collection date, below {@code PmtInf}. */
    String requestedDatePath() {
        return requestedDatePath;
    }
}
