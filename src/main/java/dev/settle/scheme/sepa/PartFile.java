package dev.settle.scheme.sepa;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file written under {@code <name>.part} and published under its name only when complete: flushed, forced to
 * disk, then renamed atomically, so a reader of the directory sees either nothing or the whole file. Closing a part
 * file that was not published deletes the {@code .part}. The SHA-256 of the bytes is computed while they are
 * written, so the file is not read a second time.
 */
final class PartFile implements Closeable {

    private final Path target;

    private final Path part;

    private final FileChannel channel;

    private final MessageDigest digest;

    private final OutputStream stream;

    private boolean published;

    private PartFile(Path target) throws IOException {
        this.target = target;
        this.part = target.resolveSibling(target.getFileName() + ".part");
        // A .part left by a crashed run is overwritten: it was never published, so nobody can have read it.
        this.channel = FileChannel.open(this.part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        this.digest = sha256();
        this.stream = new BufferedOutputStream(
                new DigestOutputStream(Channels.newOutputStream(this.channel), this.digest), 64 * 1024);
    }

    /** Starts writing {@code target}; fails if it already exists, as a published file is never replaced. */
    static PartFile create(Path target) throws IOException {
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString(), null, "already published");
        }
        return new PartFile(target);
    }

    OutputStream stream() {
        return this.stream;
    }

    /** Forces the bytes to disk and renames the part file to its target; returns the hex SHA-256 of the bytes. */
    String publish() throws IOException {
        this.stream.flush();
        this.channel.force(true);
        this.channel.close();
        Files.move(this.part, this.target, StandardCopyOption.ATOMIC_MOVE);
        this.published = true;
        forceDirectory(this.target.toAbsolutePath().getParent());
        return HexFormat.of().formatHex(this.digest.digest());
    }

    @Override
    public void close() throws IOException {
        if (!this.published) {
            try {
                this.channel.close();
            }
            finally {
                Files.deleteIfExists(this.part);
            }
        }
    }

    // The rename is only durable once the directory entry is on disk too.
    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        }
        catch (IOException ex) {
            // Some platforms cannot open a directory; the file itself is already forced.
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("Every Java platform provides SHA-256", ex);
        }
    }

}
