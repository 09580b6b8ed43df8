package dev.settle.system.error;

import java.util.List;
import org.springframework.http.HttpStatus;

/** A request refused with a status and every error found; rendered as an {@link ApiErrorResponse}. */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final List<ApiError> errors;

    public ApiException(HttpStatus status, List<ApiError> errors) {
        super(errors.isEmpty() ? status.getReasonPhrase() : errors.get(0).message());
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public ApiException(HttpStatus status, ApiError error) {
        this(status, List.of(error));
    }

    public static ApiException badRequest(List<ApiError> errors) {
        return new ApiException(HttpStatus.BAD_REQUEST, errors);
    }

    public static ApiException notFound(ErrorCode code, String key, Object value) {
        return new ApiException(HttpStatus.NOT_FOUND, ApiError.of(code, key, value));
    }

    public static ApiException conflict(ApiError error) {
        return new ApiException(HttpStatus.CONFLICT, error);
    }

    public HttpStatus status() {
        return status;
    }

    public List<ApiError> errors() {
        return errors;
    }
}
