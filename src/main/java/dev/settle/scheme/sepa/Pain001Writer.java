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
 * Writes a SEPA credit transfer initiation (pain.001) file in constant memory, whatever the number of payments,
 * and publishes it atomically with a manifest.
 * <p>
 * The file holds euro transfers only, with service level {@code SEPA} and charge bearer {@code SLEV} on every
 * block. Batch booking is requested ({@code BtchBookg=true}): each block is one debit on our statement, which
 * reconciles against the block's control sum; returns still come back per transaction by EndToEndId.
 * <p>
 * The file is written to {@code <fileName>.part}, forced to disk and renamed to {@code <fileName>}; then
 * {@code <fileName>.manifest.json} (message id, count, control sum as a string, SHA-256) is published the same
 * way, so its presence tells a consumer the file is complete. If anything fails (invalid input, announced totals
 * the stream does not match, I/O) neither file is left behind and a {@link Pain001Exception} says why. A file or
 * manifest that already exists is never replaced.
 * <p>
 * Instances are immutable and may be shared between threads; each call writes its own file.
 */
public final class Pain001Writer {

    private final Pain001Dialect dialect;

    public Pain001Writer(Pain001Version version) {
        this.dialect = Pain001Dialect.of(Objects.requireNonNull(version, "version"));
    }

    /**
     * Writes and publishes one file.
     * @param directory where the file and its manifest are published
     * @param fileName the file's name, without directories
     * @param header the group header; its totals must equal the sums of the blocks' announced totals
     * @param blocks the payment blocks, in file order
     * @param entries streams a block's transactions; asked once per block, in order
     * @return the published file, its manifest and checksum
     * @throws Pain001Exception if nothing was published; the message names the file and what was wrong
     */
    public PublishedFile write(Path directory, String fileName, FileHeader header, List<PaymentBlock> blocks,
            Function<PaymentBlock, Iterator<CreditTransfer>> entries) {
        Path file = directory.resolve(fileName);
        try {
            SepaPublication.file(directory, fileName);
            FileHeader checkedHeader = Pain001Checks.header(header, blocks);
            // Every block is checked before the first byte, so bad input fails fast rather than mid-file.
            blocks.forEach(Pain001Checks::block);
            return SepaPublication.publish(file, checkedHeader.messageId(), checkedHeader.numberOfTransactions(),
                    checkedHeader.controlSum(),
                    (out) -> new Pain001Stream(this.dialect).write(out, checkedHeader, blocks, entries));
        }
        catch (SepaFileException ex) {
            throw new Pain001Exception(file + ": " + ex.getMessage(), ex);
        }
        catch (IOException | XMLStreamException | JAXBException ex) {
            throw new Pain001Exception(file + ": could not be written: " + ex, ex);
        }
    }

}
