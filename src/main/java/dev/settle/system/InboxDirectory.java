package dev.settle.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * A directory files are delivered into and taken from: which files are complete, and moving a handled file into a
 * sub-folder ({@code done/}, …) so the next drain does not see it again.
 */
public final class InboxDirectory {

    private InboxDirectory() {
    }

    /** The complete files waiting, in name order: not hidden, not {@code .part} or {@code .tmp} (still arriving). */
    public static List<Path> waiting(Path inbox) {
        if (!Files.isDirectory(inbox)) {
            throw new IllegalArgumentException("No inbox directory at " + inbox.toAbsolutePath());
        }
        try (Stream<Path> files = Files.list(inbox)) {
            return files.filter(Files::isRegularFile).filter(f -> {
                String name = f.getFileName().toString();
                return !name.startsWith(".") && !name.endsWith(".part") && !name.endsWith(".tmp");
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the inbox " + inbox + ": " + e.getMessage(), e);
        }
    }

    /** Moves the file into the folder of that name beside it (created when missing); answers where it is now. */
    public static Path move(Path file, String folder) {
        try {
            Path target = Files.createDirectories(file.resolveSibling(folder)).resolve(file.getFileName());
            return Files.move(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move " + file + " to " + folder + "/: " + e.getMessage(), e);
        }
    }
}
