package dev.settle.scheme;

/**
 * The scheme could not be reached at all; nothing of the call is known to have arrived. Retryable: the job
 * retries with back-off and then fails the step, so a restart submits the batch again under the same keys.
 */
public class SchemeUnavailableException extends Exception {

    public SchemeUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public SchemeUnavailableException(String message) {
        super(message);
    }
}
