package dev.settle.reconciliation.report;

import java.util.Map;

/**
 * The ISO 20022 definitions of the reason codes SEPA R-transactions (rejects, returns, refunds, reversals) commonly
 * carry, from the ISO external code sets ({@code ExternalReturnReason1Code}, {@code ExternalStatusReason1Code}).
 * Readers give a report's own additional information first and fall back to these; a code not listed here is kept
 * verbatim by the readers, without text.
 */
public final class IsoReturnReasons {

    private static final Map<String, String> DEFINITIONS = Map.ofEntries(
            Map.entry("AC01", "Incorrect account number: the account number is not correct"),
            Map.entry("AC04", "Closed account number: the account has been closed"),
            Map.entry("AC06", "Blocked account: the account is blocked, prohibiting postings to it"),
            Map.entry("AG01", "Transaction forbidden on this type of account"),
            Map.entry("AG02", "Invalid bank operation code"),
            Map.entry("AM04", "Insufficient funds: the funds available do not cover the amount"),
            Map.entry("AM05", "Duplication"),
            Map.entry("BE05", "Unrecognised initiating party: the party who initiated the message is not recognised"),
            Map.entry("FF01", "Invalid file format"),
            Map.entry("MD01", "No mandate"),
            Map.entry("MD02", "Missing mandatory mandate information"),
            Map.entry("MD06", "Refund request by end customer"),
            Map.entry("MD07", "End customer deceased"),
            Map.entry("MS02", "Not specified reason, customer generated (refused by the debtor)"),
            Map.entry("MS03", "Not specified reason, agent generated"),
            Map.entry("RC01", "Bank identifier incorrect"),
            Map.entry("RR01", "Missing debtor account or identification required by regulation"),
            Map.entry("RR02", "Missing debtor name or address required by regulation"),
            Map.entry("RR03", "Missing creditor name or address required by regulation"),
            Map.entry("RR04", "Regulatory reason"),
            Map.entry("SL01", "Specific service offered by the debtor agent"),
            Map.entry("CNOR", "Creditor bank is not registered under this BIC in the clearing system"),
            Map.entry("DNOR", "Debtor bank is not registered under this BIC in the clearing system"),
            Map.entry("ED05", "Settlement failed"),
            Map.entry("FOCR", "Return following a cancellation request"),
            Map.entry("DUPL", "Duplicate payment"),
            Map.entry("TECH", "Technical problem"),
            Map.entry("FRAD", "Fraudulent origin"));

    private IsoReturnReasons() {
    }

    /** The ISO definition of the code, or null for a code not in the table (or null). */
    public static String definition(String code) {
        return code == null ? null : DEFINITIONS.get(code);
    }

    /** Whether the code is one of the listed ISO reason codes. */
    public static boolean isKnown(String code) {
        return code != null && DEFINITIONS.containsKey(code);
    }
}
