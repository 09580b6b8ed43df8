package dev.settle.scheme.sepa;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.stream.XMLStreamException;

import jakarta.xml.bind.JAXBException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes a file and then its manifest, each through a {@link PartFile}: the file is written to
 * {@code <name>.part}, forced and renamed; then {@code <name>.manifest.json} (file name, message id, count,
 * control sum as a string, SHA-256) the same way, so its presence tells a consumer the file is complete. If
 * anything fails neither is left behind, and an existing file or manifest is never replaced.
 */
final class SepaPublication {

    /** Writes a document's bytes; any exception leaves nothing published. */
    @FunctionalInterface
    interface Content {

        void writeTo(OutputStream out) throws IOException, XMLStreamException, JAXBException;

    }

    private SepaPublication() {
    }

    /** The file {@code fileName} in {@code directory}; fails if the name tries to leave the directory. */
    static Path file(Path directory, String fileName) {
        Path file = directory.resolve(fileName);
        if (!directory.equals(file.getParent())) {
            throw new SepaFileException("File name '" + fileName + "' must not contain directories");
        }
        return file;
    }

    /** Writes and publishes {@code file} and its manifest, which records the totals given here. */
    static PublishedFile publish(Path file, String messageId, long numberOfTransactions, BigDecimal controlSum,
            Content content) throws IOException, XMLStreamException, JAXBException {
        Path manifest = file.resolveSibling(file.getFileName() + ".manifest.json");
        if (Files.exists(manifest)) {
            throw new SepaFileException("Manifest " + manifest + " already exists");
        }
        String sha256;
        try (PartFile part = PartFile.create(file)) {
            content.writeTo(part.stream());
            sha256 = part.publish();
        }
        PublishedFile published = new PublishedFile(file, manifest, messageId, numberOfTransactions, controlSum,
                sha256);
        publishManifest(published);
        return published;
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
