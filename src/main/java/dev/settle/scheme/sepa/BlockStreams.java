package dev.settle.scheme.sepa;

import java.util.Iterator;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Opens the entries of each block when a file writer asks for them, and closes them once the block is written:
 * when the writer asks for the next block, or when this is closed at the end of the file, failed or not. The
 * streams may hold database cursors, and a file writer only takes iterators, which cannot be closed.
 * <p>
 * One instance serves one file, on one thread.
 *
 * @param <B> the writer's block type
 * @param <E> the writer's entry type
 */
final class BlockStreams<B, E> implements Function<B, Iterator<E>>, AutoCloseable {

    private final Function<B, Stream<E>> open;

    private Stream<E> current;

    BlockStreams(Function<B, Stream<E>> open) {
        this.open = open;
    }

    @Override
    public Iterator<E> apply(B block) {
        // The writer asks for a block's entries only after the previous block is complete.
        close();
        this.current = this.open.apply(block);
        return this.current.iterator();
    }

    @Override
    public void close() {
        Stream<E> stream = this.current;
        this.current = null;
        if (stream != null) {
            stream.close();
        }
    }

}
