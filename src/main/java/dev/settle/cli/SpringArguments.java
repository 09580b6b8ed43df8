package dev.settle.cli;

import java.util.List;

/**
 * Spring Boot settings given on the command line ({@code --spring.datasource.url=…}): picocli would reject
 * them as unknown options, so they are set aside and handed to the Spring context instead.
 */
final class SpringArguments {

    private static final List<String> PREFIXES = List.of("--spring.", "--server.", "--logging.", "--management.",
            "--settle.");
    private static volatile List<String> arguments = List.of();

    private SpringArguments() {
    }

    static boolean isSpringArgument(String arg) {
        return arg.contains("=") && PREFIXES.stream().anyMatch(arg::startsWith);
    }

    static void set(List<String> args) {
        arguments = List.copyOf(args);
    }

    static String[] get() {
        return arguments.toArray(String[]::new);
    }
}
