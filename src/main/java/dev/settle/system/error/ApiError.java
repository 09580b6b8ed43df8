package dev.settle.system.error;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One error of a request: a stable code, the rendered message, the template it came from and the values
 * that filled it.
 */
public record ApiError(String errorCode, String message, String messageTemplate, Map<String, Object> metadata) {

    /** An error for {@code code} with its template filled from {@code metadata} (keys in braces). */
    public static ApiError of(ErrorCode code, Map<String, ?> metadata) {
        String message = code.template();
        for (Map.Entry<String, ?> entry : metadata.entrySet()) {
            message = message.replace("{" + entry.getKey() + "}", String.valueOf(entry.getValue()));
        }
        return new ApiError(code.name(), message, code.template(), new LinkedHashMap<>(metadata));
    }

    /** The same error with one more metadata entry, e.g. which instruction of a request it concerns. */
    public ApiError with(String key, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(metadata);
        more.put(key, value);
        return new ApiError(errorCode, message, messageTemplate, more);
    }

    public static ApiError of(ErrorCode code) {
        return of(code, Map.of());
    }

    public static ApiError of(ErrorCode code, String key, Object value) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put(key, value);
        return of(code, metadata);
    }
}
