package dev.settle.csvimport;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.transaction.PlatformTransactionManager;

/** The shape both import jobs share: a chunk step over the file, then the rejected-rows check; a report after. */
final class ImportJobWiring {

    private ImportJobWiring() {
    }

    static Job job(String name, JobRepository jobRepository, Step importStep, Step checkRejectedRowsStep,
            ErrorReportListener errorReport) {
        return new JobBuilder(name, jobRepository).start(importStep).next(checkRejectedRowsStep).listener(errorReport)
                .build();
    }

    /** A chunk step in the transaction manager's transactions, publishing its progress after every chunk. */
    static <W extends ItemWriter<CsvRecord> & StepExecutionListener> Step importStep(String name,
            JobRepository jobRepository, PlatformTransactionManager transactionManager, CsvRecordReader reader,
            W writer, ImportProperties properties, ImportProgress progress) {
        return new StepBuilder(name, jobRepository).<CsvRecord, CsvRecord>chunk(properties.chunkSize())
                .transactionManager(transactionManager).reader(reader).writer(writer).listener(writer)
                .listener(new ProgressPublisher(reader, progress)).build();
    }
}
