package dev.settle.execution;

import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Registers {@link LocalExecutions} with every job bean, so that no job configuration can forget the owner and
 * heartbeat records that crash recovery relies on. The listener is looked up on first use: a post-processor that
 * pulled it (and the data source behind it) in while jobs are created would start them too early.
 */
class JobListenerRegistrar implements BeanPostProcessor {

    private final ObjectProvider<LocalExecutions> localExecutions;

    JobListenerRegistrar(ObjectProvider<LocalExecutions> localExecutions) {
        this.localExecutions = localExecutions;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof AbstractJob job) {
            job.registerJobExecutionListener(new JobExecutionListener() {
                @Override
                public void beforeJob(JobExecution execution) {
                    localExecutions.getObject().beforeJob(execution);
                }

                @Override
                public void afterJob(JobExecution execution) {
                    localExecutions.getObject().afterJob(execution);
                }
            });
        }
        return bean;
    }
}
