package dev.settle.csvimport;

import dev.settle.system.error.ApiError;
import java.util.List;

/**
 * A row that was not stored as new: rejected (with its errors) or unchanged (already stored exactly so).
 *
 * @param rawRow the row as read, personal data masked
 */
public record RowOutcome(long lineNumber, Kind kind, String orderRef, String instructionRef, String customerRef,
        List<ApiError> errors, String rawRow) {

    /** Why a row was not stored. */
    public enum Kind {
        REJECTED, UNCHANGED
    }

    public String errorCodes() {
        return String.join(" ", errors.stream().map(ApiError::errorCode).toList());
    }

    public String messages() {
        return String.join("; ", errors.stream().map(ApiError::message).toList());
    }
}
