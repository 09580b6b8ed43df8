package dev.settle.reconciliation.report;

import static java.util.Map.entry;

import java.util.Map;
import java.util.Optional;

/**
 * The ISO 20022 definitions of the status reason codes ({@code ExternalStatusReason1Code}) SEPA banks give in
 * pain.002 reports, so an operator reads what a bare code means. Only the codes met in SEPA credit transfer and
 * direct debit reports are here; a code not in the table has no text, and readers keep every code verbatim
 * whether it is known or not.
 */
public final class IsoReasonCodes {

    private static final Map<String, String> DEFINITIONS = Map.ofEntries(
            entry("AC01", "Account number is invalid or missing."),
            entry("AC04", "Account number specified has been closed on the bank of account's books."),
            entry("AC06", "Account specified is blocked, prohibiting posting of transactions against it."),
            entry("AG01", "Transaction forbidden on this type of account (formerly NoAgreement)."),
            entry("AG02", "Bank Operation code specified in the message is not valid for receiver."),
            entry("AM02", "Specific transaction/message amount is greater than allowed maximum."),
            entry("AM04", "Amount of funds available to cover specified message amount is insufficient."),
            entry("AM05", "Duplication."),
            entry("BE05", "Party who initiated the message is not recognised by the end customer."),
            entry("CNOR", "Creditor bank is not registered under this BIC in the CSM."),
            entry("DNOR", "Debtor bank is not registered under this BIC in the CSM."),
            entry("DT01", "Invalid date (eg, wrong settlement date)."),
            entry("DUPL", "Payment is a duplicate of another payment."),
            entry("ED05", "Settlement of the transaction has failed."),
            entry("FF01", "File Format incomplete or invalid."),
            entry("FOCR", "Return following a cancellation request."),
            entry("MD01", "No Mandate."),
            entry("MD02", "Mandate related information data required by the scheme is missing."),
            entry("MD06", "Return of funds requested by end customer."),
            entry("MD07", "End customer is deceased."),
            entry("MS02", "Reason has not been specified by end customer."),
            entry("MS03", "Reason has not been specified by agent."),
            entry("NARR", "Reason is provided as narrative information in the additional reason information."),
            entry("RC01", "Bank identifier code specified in the message has an incorrect format "
                    + "(formerly IncorrectFormatForRoutingCode)."),
            entry("RR01", "Specification of the debtor's account or unique identification needed for reasons of "
                    + "regulatory requirements is insufficient or missing."),
            entry("RR02", "Specification of the debtor's name and/or address needed for regulatory requirements is "
                    + "insufficient or missing."),
            entry("RR03", "Specification of the creditor's name and/or address needed for regulatory requirements "
                    + "is insufficient or missing."),
            entry("RR04", "Regulatory Reason."),
            entry("SL01", "Due to specific service offered by the Debtor Agent."),
            entry("TM01", "Associated message was received after agreed processing cut-off time."));

    private IsoReasonCodes() {
    }

    /** The ISO definition of {@code code}, or empty when the code is not in the table (or null). */
    public static Optional<String> definition(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(DEFINITIONS.get(code));
    }
}
