package dev.settle.schemeconfig;

import dev.settle.scheme.SchemeWriterRegistry;
import dev.settle.settlement.calendar.BusinessCalendars;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Judges scheme definitions against what this process has: the writer types of its scheme-writer beans (so a
 * plugged-in scheme is accepted as soon as its bean exists) and the calendars it knows.
 */
@Service
public class SchemeCatalog {

    private final SchemeWriterRegistry writers;
    private final BusinessCalendars calendars;
    private final Clock clock;

    public SchemeCatalog(SchemeWriterRegistry writers, BusinessCalendars calendars, Clock clock) {
        this.writers = writers;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** Everything wrong with the definition, one message each; empty when it can be stored. */
    public List<String> problems(SchemeDefinition definition) {
        return definition.problems(writers.codes(), calendars.codes());
    }

    /**
     * The enabled configuration of a valid definition for a tenant, created now.
     *
     * @throws IllegalArgumentException listing every problem when the definition is not valid
     */
    public SchemeConfig toConfig(SchemeDefinition definition, UUID tenantId) {
        return definition.toConfig(tenantId, clock.instant(), writers.codes(), calendars.codes());
    }
}
