package dev.settle.scheme.sepa;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.stream.XMLStreamException;

import jakarta.xml.bind.JAXBException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes a file and then its manifest, each through a {@link PartFile}: the file is written to
 * {@code <name>.part}, forced and renamed; then {@code <name>.manifest.json} (file name, message id, count,
 * control sum as a string, SHA-256) the same way, so its presence tells a consumer the file is complete. If
 * anything fails neither is left behind, and an existing file or manifest is never replaced.
 * <p>
 * A crash between the two renames leaves a complete file without its manifest; {@link #rebuildManifest} publishes
 * the manifest from the file itself, and {@link #manifest} reads a published one back.
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
        Path manifest = manifestOf(file);
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
        try {
            publishManifest(published);
        }
        catch (IOException | RuntimeException ex) {
            // Without its manifest the file must not stay either: consumers would wait for it forever.
            Files.deleteIfExists(published.file());
            throw ex;
        }
        return published;
    }

    /** Where the manifest of {@code file} is published. */
    static Path manifestOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".manifest.json");
    }

    /**
     * Publishes the manifest of a file that was published without one (a crash between the two renames). The
     * file is complete, as it was forced to disk before its rename: its count, control sum and message id are read
     * from its group header, its SHA-256 from its bytes. The file is left in place whatever happens.
     */
    static PublishedFile rebuildManifest(Path file) throws IOException {
        SepaGroupHeader header = SepaGroupHeader.read(file);
        PublishedFile published = new PublishedFile(file, manifestOf(file), header.messageId(),
                header.numberOfTransactions(), header.controlSum(), sha256(file));
        publishManifest(published);
        return published;
    }

    /** The published file as its manifest describes it. */
    static PublishedFile manifest(Path file) throws IOException {
        Path manifest = manifestOf(file);
        byte[] bytes = Files.readAllBytes(manifest);
        try {
            JsonNode content = JsonMapper.shared().readTree(bytes);
            return new PublishedFile(file, manifest, content.required("messageId").asString(),
                    content.required("numberOfTransactions").asLong(),
                    new BigDecimal(content.required("controlSum").asString()), content.required("sha256").asString());
        }
        catch (RuntimeException ex) {
            throw new SepaFileException("Manifest " + manifest + " cannot be read: " + ex.getMessage(), ex);
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
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest = PartFile.sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

}
