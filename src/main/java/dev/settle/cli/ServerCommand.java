package dev.settle.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code settle server}: the API and the scheduler, until stopped (SIGTERM shuts down gracefully). */
@Command(name = "server", mixinStandardHelpOptions = true,
        description = "Start the API server and the job scheduler; runs until stopped. At start-up and then every "
                + "minute it recovers executions whose process died; SIGTERM stops running jobs at a chunk boundary.")
class ServerCommand implements Callable<Integer> {

    @Option(names = "--port", description = "HTTP port (default: server.port, 8080)")
    Integer port;

    @Override
    public Integer call() throws InterruptedException {
        Map<String, Object> properties = new HashMap<>(Map.of("spring.quartz.auto-startup", "true",
                "settle.executions.recover-stale", "true"));
        if (port != null) {
            properties.put("server.port", port);
        }
        ConfigurableApplicationContext context = SpringContexts.server(properties);
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        closed.await();
        return 0;
    }
}
