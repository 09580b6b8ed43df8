package dev.settle.scheme;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The scheme writers of this process by code. Built from every {@link SchemeWriter} bean: adding a scheme is
 * adding a bean. Two writers with one code stop start-up.
 */
public class SchemeWriterRegistry {

    private final Map<String, SchemeWriter> writers = new TreeMap<>();

    public SchemeWriterRegistry(List<SchemeWriter> writers) {
        for (SchemeWriter writer : writers) {
            SchemeWriter previous = this.writers.putIfAbsent(writer.code(), writer);
            if (previous != null) {
                throw new IllegalStateException("Two scheme writers have the code '" + writer.code() + "': "
                        + previous.getClass().getName() + " and " + writer.getClass().getName());
            }
        }
    }

    /** The writer of a writer type; fails naming the types there are. */
    public SchemeWriter writer(String code) {
        SchemeWriter writer = writers.get(code);
        if (writer == null) {
            throw new IllegalStateException("No scheme writer for writer type '" + code + "'; this build has "
                    + codes());
        }
        return writer;
    }

    public Set<String> codes() {
        return writers.keySet().stream().collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** Fails when any of the given writer types has no writer: a scheme configured for a missing writer. */
    public void requireWriters(Map<String, String> writerTypeBySchemeId) {
        Map<String, String> missing = new TreeMap<>();
        writerTypeBySchemeId.forEach((scheme, type) -> {
            if (!writers.containsKey(type)) {
                missing.put(scheme, type);
            }
        });
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Schemes configured with a writer this build does not have: " + missing
                    + "; available writer types: " + codes() + ". Deploy the build that has the writer, or disable "
                    + "or change these schemes before starting.");
        }
    }
}
