package dev.settle.system.web;

import dev.settle.system.error.ApiError;
import dev.settle.system.error.ApiException;
import dev.settle.system.error.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Validated {@code page} (from 0) and {@code size} (1-500, default 50) query parameters.
 */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 500;
    public static final int DEFAULT_SIZE = 50;

    /** Parses the raw parameters, refusing (400) what is out of range. */
    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        List<ApiError> errors = new ArrayList<>();
        if (p < 0) {
            errors.add(ApiError.of(ErrorCode.PAGE_IS_INVALID, Map.of("field", "page", "value", p, "reason", "must be 0 or more")));
        }
        if (s < 1 || s > MAX_SIZE) {
            errors.add(ApiError.of(ErrorCode.PAGE_IS_INVALID,
                    Map.of("field", "size", "value", s, "reason", "must be 1 to " + MAX_SIZE)));
        }
        if (!errors.isEmpty()) {
            throw ApiException.badRequest(errors);
        }
        return new PageRequest(p, s);
    }

    public long offset() {
        return (long) page * size;
    }
}
