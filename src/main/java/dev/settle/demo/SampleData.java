package dev.settle.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a sample file and fills its placeholders, so the samples never go stale: {@code ${today+N}} becomes
 * the date N days from today, {@code ${fi:CUSTOMER}} the id of the financial instrument created for that
 * customer.
 */
public final class SampleData {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(today\\+(\\d+)|fi:([A-Za-z0-9._-]+))}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path directory;
    private final LocalDate today;

    public SampleData(Path directory, LocalDate today) {
        this.directory = directory;
        this.today = today;
    }

    public JsonNode read(String file, Map<String, String> instrumentIds) {
        Path path = directory.resolve(file);
        try {
            return JSON.readTree(render(Files.readString(path), instrumentIds));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read sample file " + path.toAbsolutePath(), e);
        }
    }

    String render(String text, Map<String, String> instrumentIds) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value;
            if (matcher.group(2) != null) {
                value = today.plusDays(Long.parseLong(matcher.group(2))).toString();
            } else {
                value = instrumentIds.get(matcher.group(3));
                if (value == null) {
                    throw new IllegalArgumentException("Sample data names ${fi:" + matcher.group(3)
                            + "} but no financial instrument was created for that customer");
                }
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
