package dev.settle.scheme.sepa;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import javax.xml.stream.XMLStreamException;

import jakarta.xml.bind.JAXBException;
import tools.jackson.databind.json.JsonMapper;

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
        if (!file.getParent().equals(directory)) {
            throw new Pain001Exception("File name '" + fileName + "' must not contain directories");
        }
        Path manifest = directory.resolve(fileName + ".manifest.json");
        try {
            FileHeader checkedHeader = Pain001Checks.header(header, blocks);
            // Every block is checked before the first byte, so bad input fails fast rather than mid-file.
            blocks.forEach(Pain001Checks::block);
            if (Files.exists(manifest)) {
                throw new Pain001Exception("Manifest " + manifest + " already exists");
            }
            String sha256;
            try (PartFile part = PartFile.create(file)) {
                new Pain001Stream(this.dialect).write(part.stream(), checkedHeader, blocks, entries);
                sha256 = part.publish();
            }
            PublishedFile published = new PublishedFile(file, manifest, checkedHeader.messageId(),
                    checkedHeader.numberOfTransactions(), checkedHeader.controlSum(), sha256);
            publishManifest(published);
            return published;
        }
        catch (Pain001Exception ex) {
            throw new Pain001Exception(file + ": " + ex.getMessage(), ex);
        }
        catch (IOException | XMLStreamException | JAXBException ex) {
            throw new Pain001Exception(file + ": could not be written: " + ex, ex);
        }
    }

    private static void publishManifest(PublishedFile published) throws IOException {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("file", published.file().getFileName().toString());
        content.put("messageId", published.messageId());
        content.put("numberOfTransactions", published.numberOfTransactions());
        // A string, so no consumer reads the money through a binary floating-point number.
        content.put("controlSum", published.controlSum().toPlainString());
        content.put("sha256", published.sha256());
        try (PartFile part = PartFile.create(published.manifest())) {
            part.stream().write(JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsBytes(content));
            part.publish();
        }
        catch (IOException | RuntimeException ex) {
            // Without its manifest the file must not stay either: consumers would wait for it forever.
            Files.deleteIfExists(published.file());
            throw ex;
        }
    }

}
