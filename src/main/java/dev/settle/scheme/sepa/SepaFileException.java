package dev.settle.scheme.sepa;

/**
 * A SEPA file (pain.001 or pain.008) could not be written: invalid input, announced totals that the streamed
 * transactions do not match, or an I/O failure. The message names the file and the offending block or
 * transaction. Nothing was published when this is thrown. Each writer throws its own subtype, so a caller
 * handling both kinds of file can catch this one.
 */
public class SepaFileException extends RuntimeException {

    public SepaFileException(String message) {
        super(message);
    }

    public SepaFileException(String message, Throwable cause) {
        super(message, cause);
    }

}
