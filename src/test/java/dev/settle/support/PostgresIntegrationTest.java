package dev.settle.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A full application (web server on a random port) on this JVM's PostgreSQL test database, skipped with a
 * visible message when PostgreSQL is not reachable.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(PostgresAvailable.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "settle.data-dir=target/test-data/postgres")
@ContextConfiguration(initializers = PostgresTestDatabase.Initializer.class)
public @interface PostgresIntegrationTest {
}
