package dev.settle.housekeeping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Listing and deleting files and folders by age; a missing folder simply holds nothing. */
final class ExpiredFiles {

    private ExpiredFiles() {
    }

    /** The entries of {@code directory} last modified before {@code cutoff} that {@code wanted} accepts. */
    static List<Path> olderThan(Path directory, Instant cutoff, Predicate<Path> wanted) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(wanted).filter(entry -> modified(entry).isBefore(cutoff)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + directory + ": " + e.getMessage(), e);
        }
    }

    /** The sub-folders of {@code directory}. */
    static List<Path> folders(Path directory) {
        return olderThan(directory, Instant.MAX, Files::isDirectory);
    }

    /** Deletes a file, or a folder with everything in it. */
    static void delete(Path path) {
        try (Stream<Path> tree = Files.walk(path)) {
            for (Path entry : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(entry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + path + ": " + e.getMessage(), e);
        }
    }

    private static Instant modified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the age of " + path + ": " + e.getMessage(), e);
        }
    }
}
