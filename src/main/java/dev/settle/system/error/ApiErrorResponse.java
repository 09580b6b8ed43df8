package dev.settle.system.error;

import java.time.Instant;
import java.util.List;

/** The error body of every 4xx and 5xx answer, Spring's own included. */
public record ApiErrorResponse(Instant timestamp, String correlationId, List<ApiError> errors) {
}
