package dev.settle.scheduling;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the schedules ({@code settle.schedules.*}).
 *
 * @param dir the folder of schedule files ({@code *.yml}, one per trigger), the same on every node
 * @param maxCatchUp the most missed fires a {@code catch-up} schedule runs when a node comes back; older ones are
 *     logged and left to an operator
 */
@ConfigurationProperties("settle.schedules")
public record ScheduleProperties(@DefaultValue("./jobs") Path dir, @DefaultValue("7") int maxCatchUp) {

    public ScheduleProperties {
        if (maxCatchUp < 1) {
            throw new IllegalArgumentException("settle.schedules.max-catch-up must be at least 1, got " + maxCatchUp);
        }
    }
}
