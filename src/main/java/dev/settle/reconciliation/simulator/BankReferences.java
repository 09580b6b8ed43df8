package dev.settle.reconciliation.simulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The simulated bank's own identifiers (message ids, {@code AcctSvcrRef}): derived from the original file's
 * identifiers alone, so simulating a file again gives the same references, and distinct files (distinct message
 * ids) never share one. ISO 20022 allows 35 characters; a longer one is replaced by its prefix and a hash.
 */
final class BankReferences {

    static final int MAX_LENGTH = 35;

    private BankReferences() {
    }

    /** {@code prefix-part-part…}, or {@code prefix-<hash>} when that is longer than 35 characters. */
    static String of(String prefix, Object... parts) {
        StringBuilder reference = new StringBuilder(prefix);
        for (Object part : parts) {
            reference.append('-').append(part);
        }
        if (reference.length() <= MAX_LENGTH) {
            return reference.toString();
        }
        String hash = HexFormat.of().formatHex(sha256(reference.toString()));
        return prefix + "-" + hash.substring(0, MAX_LENGTH - prefix.length() - 1);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
    }
}
