package dev.settle.scheduling;

import dev.settle.csvimport.ImportInbox;
import dev.settle.csvimport.ImportJobs;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Both import jobs can poll an inbox on a schedule. */
@Configuration(proxyBeanMethods = false)
class ImportInboxSchedules {

    @Bean
    ScheduledJob scheduledInstructionImport(ImportInbox inbox) {
        return new ImportInboxScheduledJob(ImportJobs.INSTRUCTIONS_JOB, inbox);
    }

    @Bean
    ScheduledJob scheduledInstrumentImport(ImportInbox inbox) {
        return new ImportInboxScheduledJob(ImportJobs.INSTRUMENTS_JOB, inbox);
    }
}
