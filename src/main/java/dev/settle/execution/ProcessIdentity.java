package dev.settle.execution;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The process that runs job executions: its host, pid and start time (which tell a live process from a later one
 * that got the same pid) and an id of its own, random for every start.
 */
public record ProcessIdentity(String host, long pid, Instant startedAt, String instanceId) {

    // Process start times are read from the operating system with clock-tick precision.
    private static final Duration SAME_START = Duration.ofSeconds(1);

    /** This process. */
    public static ProcessIdentity current() {
        ProcessHandle self = ProcessHandle.current();
        return new ProcessIdentity(hostName(), self.pid(), self.info().startInstant().orElse(null),
                UUID.randomUUID().toString());
    }

    /**
     * Whether the process that recorded {@code pid} and {@code startedAt} on this host still runs. Unknown (empty)
     * when the operating system does not tell a process's start time.
     */
    public static Optional<Boolean> aliveOnThisHost(long pid, Instant startedAt) {
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return Optional.of(false);
        }
        Optional<Instant> start = process.get().info().startInstant();
        if (start.isEmpty() || startedAt == null) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(start.get(), startedAt).abs().compareTo(SAME_START) <= 0);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            String name = System.getenv("HOSTNAME");
            return name == null || name.isBlank() ? "unknown" : name;
        }
    }
}
