package dev.settle.scheme.sepa;

/**
 * A pain.001 file could not be written: invalid input (an identifier, IBAN, BIC or amount the schema does not
 * take), announced totals that the streamed transactions do not match, or an I/O failure. The message names the
 * file and the offending block or transaction. Nothing was published when this is thrown.
 */
public class Pain001Exception extends SepaFileException {

    public Pain001Exception(String message) {
        super(message);
    }

    public Pain001Exception(String message, Throwable cause) {
        super(message, cause);
    }

}
