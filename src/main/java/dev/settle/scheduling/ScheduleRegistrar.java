package dev.settle.scheduling;

import java.nio.file.Files;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Loads the schedule files into Quartz when a server starts (the scheduler runs: {@code spring.quartz.auto-startup}),
 * before the scheduler fires anything. A bad file stops the start-up, naming the file and field. A missing folder
 * leaves the stored schedules alone, so a node started without its files does not wipe the cluster's triggers.
 */
@Component
@ConditionalOnProperty(name = "spring.quartz.auto-startup", havingValue = "true")
class ScheduleRegistrar implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ScheduleRegistrar.class);

    private final ScheduleFiles files;
    private final QuartzSchedules quartz;
    private final ScheduleProperties properties;

    ScheduleRegistrar(ScheduleFiles files, QuartzSchedules quartz, ScheduleProperties properties) {
        this.files = files;
        this.quartz = quartz;
        this.properties = properties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!Files.isDirectory(properties.dir())) {
            log.warn("No schedule folder at {} (settle.schedules.dir): the stored schedules are kept as they are",
                    properties.dir().toAbsolutePath().normalize());
            return;
        }
        try {
            quartz.store(files.load(properties.dir()));
        } catch (SchedulerException e) {
            throw new IllegalStateException("Cannot store the schedules of " + properties.dir() + " in Quartz: "
                    + e.getMessage(), e);
        }
    }
}
