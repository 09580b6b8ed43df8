package dev.settle.csvimport;

import dev.settle.order.InstructionReferences;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The tenant's schemes and the chunk's financial instruments, loaded before the chunk is validated. */
record ChunkReferences(Map<String, SchemeRef> schemes, Map<UUID, InstrumentRef> instruments)
        implements InstructionReferences {

    @Override
    public Optional<SchemeRef> scheme(String schemeId) {
        return Optional.ofNullable(schemes.get(schemeId));
    }

    @Override
    public Optional<InstrumentRef> instrument(UUID id) {
        return Optional.ofNullable(instruments.get(id));
    }
}
