package dev.settle.scheduling;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The one-line summary of an inbox poll: how many files ended which way. */
final class InboxOutcome {

    private InboxOutcome() {
    }

    static String summary(Path inbox, List<String> outcomes) {
        if (outcomes.isEmpty()) {
            return "inbox " + inbox + ": no files";
        }
        Map<String, Long> counted = outcomes.stream()
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        return "inbox " + inbox + ": " + counted.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining("; "));
    }
}
