package dev.settle.scheduling;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.springframework.boot.quartz.autoconfigure.QuartzProperties;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses Quartz's JDBC delegate from the database actually connected: PostgreSQL needs
 * {@code PostgreSQLDelegate} (the standard one mishandles its binary columns), H2 the standard one. An explicit
 * {@code spring.quartz.properties.org.quartz.jobStore.driverDelegateClass} still wins.
 */
@Configuration(proxyBeanMethods = false)
public class QuartzDelegateConfiguration {

    static final String DELEGATE = "org.quartz.jobStore.driverDelegateClass";
    static final String POSTGRESQL = "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate";
    static final String STANDARD = "org.quartz.impl.jdbcjobstore.StdJDBCDelegate";

    @Bean
    SchedulerFactoryBeanCustomizer jdbcDelegateForTheDatabase(DataSource dataSource, QuartzProperties quartz) {
        return factory -> {
            Properties properties = new Properties();
            properties.putAll(quartz.getProperties());
            properties.putIfAbsent(DELEGATE, delegateFor(dataSource));
            factory.setQuartzProperties(properties);
        };
    }

    static String delegateFor(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            return "PostgreSQL".equalsIgnoreCase(product) ? POSTGRESQL : STANDARD;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database Quartz runs on", e);
        }
    }
}
