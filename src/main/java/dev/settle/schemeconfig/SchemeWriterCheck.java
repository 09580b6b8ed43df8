package dev.settle.schemeconfig;

import dev.settle.scheme.SchemeWriterRegistry;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Stops start-up when a stored scheme names a writer type this build has no writer for (a plugin removed, a
 * typo in a migration): better than failing in the middle of the night when the scheme's instructions come due.
 */
@Component
class SchemeWriterCheck implements SmartInitializingSingleton {

    private final SchemeRepository schemes;
    private final SchemeWriterRegistry writers;

    SchemeWriterCheck(SchemeRepository schemes, SchemeWriterRegistry writers) {
        this.schemes = schemes;
        this.writers = writers;
    }

    @Override
    public void afterSingletonsInstantiated() {
        writers.requireWriters(schemes.writerTypes());
    }
}
