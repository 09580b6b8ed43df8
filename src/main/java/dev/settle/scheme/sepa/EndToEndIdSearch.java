package dev.settle.scheme.sepa;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Finds the file of a scheme directory that holds a given {@code EndToEndId}. Only complete files count (an
 * {@code .xml}, renamed once written, with or without its manifest): a {@code .part} is rewritten from scratch by
 * a restart. Each file is
 * streamed, so memory stays flat, but the search is linear in the number and size of the files: it is meant for
 * resolving the rare payment whose outcome is unknown, not for routine look-ups.
 */
final class EndToEndIdSearch {

    private EndToEndIdSearch() {
    }

    /** The first complete file, in name order, with an {@code EndToEndId} equal to {@code key}. */
    static Optional<Path> find(Path directory, String key) {
        if (!Files.isDirectory(directory)) {
            return Optional.empty();
        }
        for (Path file : publishedFiles(directory)) {
            if (contains(file, key)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    private static List<Path> publishedFiles(Path directory) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> xml = Files.newDirectoryStream(directory, "*.xml")) {
            for (Path file : xml) {
                if (Files.isRegularFile(file)) {
                    files.add(file);
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot list the SEPA files of " + directory, ex);
        }
        files.sort(null);
        return files;
    }

    private static boolean contains(Path file, String key) {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = SepaXmlInput.open(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && "EndToEndId".equals(xml.getLocalName())
                            && key.equals(xml.getElementText())) {
                        return true;
                    }
                }
                return false;
            }
            finally {
                xml.close();
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read " + file + " while looking for EndToEndId " + key, ex);
        }
        catch (XMLStreamException ex) {
            throw new SepaFileException(file + " cannot be read while looking for EndToEndId " + key + ": "
                    + ex.getMessage(), ex);
        }
    }

}
