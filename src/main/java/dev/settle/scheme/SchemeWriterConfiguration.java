package dev.settle.scheme;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers every {@link SchemeWriter} bean in one {@link SchemeWriterRegistry}. */
@Configuration(proxyBeanMethods = false)
public class SchemeWriterConfiguration {

    @Bean
    SchemeWriterRegistry schemeWriterRegistry(List<SchemeWriter> writers) {
        return new SchemeWriterRegistry(writers);
    }
}
