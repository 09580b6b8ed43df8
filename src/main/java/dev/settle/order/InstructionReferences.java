package dev.settle.order;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The tenant's schemes and financial instruments as the validator needs to see them. The API looks them up
 * per request; the CSV import loads a chunk's worth at once.
 */
public interface InstructionReferences {

    Optional<SchemeRef> scheme(String schemeId);

    Optional<InstrumentRef> instrument(UUID id);

    /** A scheme's fit for an instruction. */
    record SchemeRef(String schemeId, boolean enabled, Set<String> directions, Set<String> currencies) {

        public boolean supports(Direction direction, String currency) {
            return enabled && directions.contains(direction.name()) && currencies.contains(currency);
        }

        /** From the scheme table's columns, where directions and currencies are comma-separated. */
        public static SchemeRef of(String schemeId, boolean enabled, String directions, String currencies) {
            return new SchemeRef(schemeId, enabled, split(directions), split(currencies));
        }

        private static Set<String> split(String commaSeparated) {
            return java.util.Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .collect(java.util.stream.Collectors.toSet());
        }
    }

    /** A financial instrument's fit for an instruction. */
    record InstrumentRef(java.util.UUID id, boolean active, boolean canCredit, boolean canDebit) {

        public boolean supports(Direction direction) {
            return active && (direction == Direction.CREDIT ? canCredit : canDebit);
        }
    }
}
