package dev.settle.cli;

import dev.settle.SettleApplication;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the Spring context a command needs. */
final class SpringContexts {

    private SpringContexts() {
    }

    /** A context without web server or scheduler, quiet on the console so command output stays readable. */
    static ConfigurableApplicationContext operator() {
        return new SpringApplicationBuilder(SettleApplication.class)
                .web(WebApplicationType.NONE)
                .properties(Map.of("logging.level.root", "WARN", "spring.main.log-startup-info", "false",
                        "settle.log.console-target", "System.err"))
                .run(SpringArguments.get());
    }

    /** The API server with the scheduler. */
    static ConfigurableApplicationContext server(Map<String, Object> properties) {
        return new SpringApplicationBuilder(SettleApplication.class)
                .web(WebApplicationType.SERVLET)
                .properties(properties)
                .run(SpringArguments.get());
    }
}
