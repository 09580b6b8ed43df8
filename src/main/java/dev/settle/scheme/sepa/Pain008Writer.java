package dev.settle.scheme.sepa;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import javax.xml.stream.XMLStreamException;

import jakarta.xml.bind.JAXBException;

/**
 * Writes a SEPA Core direct debit initiation (pain.008) file in constant memory, whatever the number of
 * collections, and publishes it atomically with a manifest.
 * <p>
 * The file holds euro direct debits only, with service level {@code SEPA}, local instrument {@code CORE}, charge
 * bearer {@code SLEV} and our SEPA creditor identifier on every block, and each block's sequence type
 * ({@code FRST} or {@code RCUR}). Every transaction carries its mandate id and signature date. Batch booking is
 * requested ({@code BtchBookg=true}): each block is one credit on our statement, which reconciles against the
 * block's control sum; returns still come back per transaction by EndToEndId.
 * <p>
 * Publication is the same as for pain.001: {@code <fileName>.part}, forced to disk and renamed, then
 * {@code <fileName>.manifest.json}. If anything fails (invalid input, announced totals the stream does not match,
 * I/O) neither file is left behind and a {@link Pain008Exception} says why. A file or manifest that already exists
 * is never replaced.
 * <p>
 * Instances are immutable and may be shared between threads; each call writes its own file.
 */
public final class Pain008Writer {

    private final Pain008Dialect dialect;

    public Pain008Writer(Pain008Version version) {
        this.dialect = Pain008Dialect.of(Objects.requireNonNull(version, "version"));
    }

    /** A writer of {@link Pain008Version#DEFAULT}. */
    public Pain008Writer() {
        this(Pain008Version.DEFAULT);
    }

    /**
     * Writes and publishes one file.
     * @param directory where the file and its manifest are published
     * @param fileName the file's name, without directories
     * @param header the group header; its totals must equal the sums of the blocks' announced totals
     * @param blocks the collection blocks, in file order
     * @param entries streams a block's direct debits; asked once per block, in order, with the caller's block
     * @return the published file, its manifest and checksum
     * @throws Pain008Exception if nothing was published; the message names the file and what was wrong
     */
    public PublishedFile write(Path directory, String fileName, DirectDebitFileHeader header,
            List<CollectionBlock> blocks, Function<CollectionBlock, Iterator<DirectDebit>> entries) {
        Path file = directory.resolve(fileName);
        try {
            SepaPublication.file(directory, fileName);
            DirectDebitFileHeader checkedHeader = Pain008Checks.header(header, blocks);
            // Every block is checked before the first byte, so bad input fails fast rather than mid-file.
            blocks.forEach(Pain008Checks::block);
            return SepaPublication.publish(file, checkedHeader.messageId(), checkedHeader.numberOfTransactions(),
                    checkedHeader.controlSum(),
                    (out) -> new Pain008Stream(this.dialect).write(out, checkedHeader, blocks, entries));
        }
        catch (SepaFileException ex) {
            throw new Pain008Exception(file + ": " + ex.getMessage(), ex);
        }
        catch (IOException | XMLStreamException | JAXBException ex) {
            throw new Pain008Exception(file + ": could not be written: " + ex, ex);
        }
    }

}
