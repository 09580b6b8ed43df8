package dev.settle.execution;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The identity of this process and the listener every job gets. */
@Configuration(proxyBeanMethods = false)
public class ExecutionConfiguration {

    @Bean
    ProcessIdentity processIdentity() {
        return ProcessIdentity.current();
    }

    // Static: a post-processor is created before the other beans of its configuration.
    @Bean
    static JobListenerRegistrar jobListenerRegistrar(ObjectProvider<LocalExecutions> localExecutions) {
        return new JobListenerRegistrar(localExecutions);
    }
}
