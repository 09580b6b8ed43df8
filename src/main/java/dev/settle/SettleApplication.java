package dev.settle;

import dev.settle.cli.SettleCli;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The settlement processor: one executable that is both the API server and the operator CLI.
 *
 * <p>{@link #main} hands the arguments to the picocli command tree; each command starts the Spring context
 * it needs (web server for {@code server}, none for the operator commands).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SettleApplication {

    public static void main(String[] args) {
        System.exit(SettleCli.run(args));
    }
}
