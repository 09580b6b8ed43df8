package dev.settle.scheme.sepa;

/**
 * A pain.008 file could not be written: invalid input (an identifier, creditor id, mandate, IBAN, BIC or amount
 * the schema does not take), announced totals that the streamed transactions do not match, or an I/O failure.
 * The message names the file and the offending block or transaction. Nothing was published when this is thrown.
 */
public class Pain008Exception extends SepaFileException {

    public Pain008Exception(String message) {
        super(message);
    }

    public Pain008Exception(String message, Throwable cause) {
        super(message, cause);
    }

}
