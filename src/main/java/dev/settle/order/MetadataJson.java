package dev.settle.order;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Metadata maps stored as JSON text, the form both PostgreSQL and H2 hold the same way. */
@Component
public class MetadataJson {

    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {
    };

    private final JsonMapper json;

    public MetadataJson(JsonMapper json) {
        this.json = json;
    }

    public String write(Map<String, String> metadata) {
        return json.writeValueAsString(metadata == null ? Map.of() : metadata);
    }

    public Map<String, String> read(String text) {
        return text == null || text.isEmpty() ? new LinkedHashMap<>() : json.readValue(text, MAP);
    }
}
