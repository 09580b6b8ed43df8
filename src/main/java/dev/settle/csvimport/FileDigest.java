package dev.settle.csvimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Content digests of import files, so that the same file is recognised however it is named or wherever it is put.
 * Files are streamed through the digest, never loaded whole.
 */
public final class FileDigest {

    private static final int BUFFER_SIZE = 64 * 1024;

    private FileDigest() {
    }

    /** The SHA-256 of the file's bytes as 64 lower-case hex digits. */
    public static String sha256(Path file) {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[BUFFER_SIZE];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + " to compute its SHA-256", e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256, so this is a broken runtime rather than a bad file.
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
