package dev.settle.order;

import dev.settle.system.error.ApiError;
import dev.settle.system.error.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Metadata limits of orders and instructions: at most 50 keys, keys 1-40 characters, values up to 256. */
public final class MetadataRules {

    public static final int MAX_KEYS = 50;
    public static final int MAX_KEY_LENGTH = 40;
    public static final int MAX_VALUE_LENGTH = 256;

    private MetadataRules() {
    }

    public static List<ApiError> validate(String field, Map<String, String> metadata) {
        List<ApiError> errors = new ArrayList<>();
        if (metadata == null) {
            return errors;
        }
        if (metadata.size() > MAX_KEYS) {
            errors.add(ApiError.of(ErrorCode.METADATA_KEY_COUNT_OUT_OF_RANGE,
                    Map.of("field", field, "count", metadata.size(), "max", MAX_KEYS)));
        }
        metadata.forEach((key, value) -> {
            if (key == null || key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
                errors.add(ApiError.of(ErrorCode.METADATA_KEY_SIZE_OUT_OF_RANGE,
                        Map.of("field", field, "key", String.valueOf(key), "max", MAX_KEY_LENGTH)));
            }
            if (value != null && value.length() > MAX_VALUE_LENGTH) {
                errors.add(ApiError.of(ErrorCode.METADATA_VALUE_SIZE_OUT_OF_RANGE,
                        Map.of("field", field, "key", String.valueOf(key), "max", MAX_VALUE_LENGTH)));
            }
        });
        return errors;
    }
}
