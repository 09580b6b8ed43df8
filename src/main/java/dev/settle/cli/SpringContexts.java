package dev.settle.cli;

import dev.settle.SettleApplication;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the Spring context a command needs. A command's own settings are passed as command-line properties so
 * they override application.yml; settings the operator gave on the command line win over both.
 */
final class SpringContexts {

    private SpringContexts() {
    }

    /** A context without web server or scheduler, quiet on the console so command output stays readable. */
    static ConfigurableApplicationContext operator() {
        return start(WebApplicationType.NONE, Map.of("logging.level.root", "WARN", "spring.main.log-startup-info",
                "false", "settle.log.console-target", "System.err"));
    }

    /** The API server with the scheduler. */
    static ConfigurableApplicationContext server(Map<String, Object> properties) {
        return start(WebApplicationType.SERVLET, properties);
    }

    private static ConfigurableApplicationContext start(WebApplicationType type, Map<String, ?> commandSettings) {
        return new SpringApplicationBuilder(SettleApplication.class).web(type)
                .run(arguments(commandSettings, SpringArguments.get()));
    }

    static String[] arguments(Map<String, ?> commandSettings, String[] operatorArguments) {
        Map<String, String> merged = new LinkedHashMap<>();
        commandSettings.forEach((key, value) -> merged.put(key, String.valueOf(value)));
        for (String argument : operatorArguments) {
            int equals = argument.indexOf('=');
            merged.put(argument.substring(2, equals), argument.substring(equals + 1));
        }
        List<String> arguments = new ArrayList<>();
        merged.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        return arguments.toArray(String[]::new);
    }
}
