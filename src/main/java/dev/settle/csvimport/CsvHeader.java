package dev.settle.csvimport;

import dev.settle.csvimport.CsvRecordSplitter.RawRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A file's accepted header: where each field of a record goes, as a plain column or as an entry of a map. */
final class CsvHeader {

    /** A plain column when {@code prefix} is null, otherwise the entry {@code key} of the map {@code prefix}. */
    private record Target(String column, String prefix, String key) {
    }

    private final List<Target> targets;
    private final Set<String> mapPrefixes;

    private CsvHeader(List<Target> targets, Set<String> mapPrefixes) {
        this.targets = targets;
        this.mapPrefixes = mapPrefixes;
    }

    /**
     * Checks every name against the columns, throwing one exception that lists all the problems found; so every
     * name has a target when this returns.
     */
    static CsvHeader of(Path file, List<String> names, CsvColumns columns) {
        Map<String, String> canonical = new HashMap<>();
        columns.known().forEach(column -> canonical.put(lowerCase(column), column));
        // Longest first, so that a prefix that starts another one cannot take the other's columns.
        List<String> prefixes = columns.mapPrefixes().stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        List<Target> targets = new ArrayList<>();
        Map<String, Integer> positions = new HashMap<>();
        List<String> unnamed = new ArrayList<>();
        List<String> duplicated = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).trim();
            String lowerCase = lowerCase(name);
            Integer earlier = name.isEmpty() ? null : positions.putIfAbsent(lowerCase, i + 1);
            String prefix = prefixes.stream().filter(p -> lowerCase.startsWith(lowerCase(p))).findFirst().orElse(null);
            if (name.isEmpty()) {
                unnamed.add(String.valueOf(i + 1));
            } else if (earlier != null) {
                duplicated.add("'%s' (column %d repeats column %d)".formatted(name, i + 1, earlier));
            } else if (canonical.containsKey(lowerCase)) {
                targets.add(new Target(canonical.get(lowerCase), null, null));
            } else if (prefix != null && name.length() > prefix.length()) {
                targets.add(new Target(null, prefix, name.substring(prefix.length())));
            } else {
                unknown.add("'" + name + "'");
            }
        }
        List<String> missing = columns.required().stream().filter(column -> !positions.containsKey(lowerCase(column)))
                .map(column -> "'" + column + "'").toList();
        List<String> problems = new ArrayList<>();
        addProblem(problems, "unknown columns: ", unknown);
        addProblem(problems, "missing required columns: ", missing);
        addProblem(problems, "duplicated columns: ", duplicated);
        addProblem(problems, "columns without a name at positions: ", unnamed);
        if (!problems.isEmpty()) {
            throw new CsvHeaderException(file, problems);
        }
        return new CsvHeader(List.copyOf(targets), columns.mapPrefixes());
    }

    /** The record's fields matched with the columns; a record of the wrong width is kept with a problem. */
    CsvRecord toRecord(RawRecord raw) {
        List<String> problems = new ArrayList<>(raw.problems());
        if (raw.fields().size() != targets.size()) {
            problems.add("line %d has %d fields; the header has %d"
                    .formatted(raw.lineNumber(), raw.fields().size(), targets.size()));
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Map<String, String>> maps = new LinkedHashMap<>();
        mapPrefixes.forEach(prefix -> maps.put(prefix, new LinkedHashMap<>()));
        for (int i = 0; i < Math.min(targets.size(), raw.fields().size()); i++) {
            Target target = targets.get(i);
            String value = raw.fields().get(i);
            if (target.prefix() == null) {
                values.put(target.column(), value);
            } else if (!value.isEmpty()) {
                maps.get(target.prefix()).put(target.key(), value);
            }
        }
        maps.replaceAll((prefix, entries) -> Collections.unmodifiableMap(entries));
        return new CsvRecord(raw.lineNumber(), Collections.unmodifiableMap(values), Collections.unmodifiableMap(maps),
                raw.fields(), problems.isEmpty() ? null : String.join("; ", problems));
    }

    private static void addProblem(List<String> problems, String kind, List<String> names) {
        if (!names.isEmpty()) {
            problems.add(kind + String.join(", ", names));
        }
    }

    private static String lowerCase(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
