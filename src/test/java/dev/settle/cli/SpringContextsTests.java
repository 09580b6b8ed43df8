package dev.settle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpringContextsTests {

    @Test
    void operatorSettingsOverrideCommandSettingsAndEachKeyAppearsOnce() {
        Map<String, Object> command = new LinkedHashMap<>();
        command.put("server.port", "0");
        command.put("settle.data-dir", "./data/demo");

        String[] arguments = SpringContexts.arguments(command, new String[] {"--server.port=9000",
                "--spring.datasource.url=jdbc:postgresql://db/settle?a=b"});

        assertThat(arguments).containsExactly("--server.port=9000", "--settle.data-dir=./data/demo",
                "--spring.datasource.url=jdbc:postgresql://db/settle?a=b");
    }
}
