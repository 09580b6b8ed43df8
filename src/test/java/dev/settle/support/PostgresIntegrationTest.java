package dev.settle.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A full application (web server on a random port) on this JVM's PostgreSQL test database; on the embedded
 * database when PostgreSQL is not reachable outside CI (see {@link PostgresTestDatabase.Initializer}).
 * Tests that only make sense on PostgreSQL add {@code @ExtendWith(PostgresAvailable.class)}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "settle.data-dir=./target/test-data/app")
@ContextConfiguration(initializers = PostgresTestDatabase.Initializer.class)
public @interface PostgresIntegrationTest {
}
