package dev.settle.system.security;

import dev.settle.system.SettleProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The master key and the two keys derived from it: one encrypts API private keys at rest, one signs access
 * tokens. Every node of a cluster must share the master key ({@code settle.security.master-key}); without it,
 * a key file under the data directory is created once and reused, which suits a single node and the demo.
 */
@Component
public class KeyMaterial {

    private static final Logger log = LoggerFactory.getLogger(KeyMaterial.class);
    private static final int KEY_BYTES = 32;

    private final SecretKey encryptionKey;
    private final SecretKey signingKey;

    public KeyMaterial(SettleProperties properties) {
        byte[] master = loadMasterKey(properties);
        this.encryptionKey = new SecretKeySpec(derive(master, "settle/api-key-encryption"), "AES");
        this.signingKey = new SecretKeySpec(derive(master, "settle/access-token-signing"), "HmacSHA256");
    }

    public SecretKey encryptionKey() {
        return encryptionKey;
    }

    public SecretKey signingKey() {
        return signingKey;
    }

    private static byte[] loadMasterKey(SettleProperties properties) {
        String configured = properties.security().masterKey();
        if (!configured.isBlank()) {
            byte[] key = Base64.getDecoder().decode(configured.trim());
            if (key.length < KEY_BYTES) {
                throw new IllegalStateException("settle.security.master-key must be base64 of at least 32 bytes, got "
                        + key.length + " bytes");
            }
            return key;
        }
        Path file = properties.dataDir().resolve("master.key");
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).trim());
            }
            byte[] key = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n");
            restrictToOwner(file);
            log.warn("No settle.security.master-key configured: created {}. Every node of a cluster needs the same "
                    + "key; set SETTLE_SECURITY_MASTER_KEY in production.", file.toAbsolutePath());
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the master key file " + file.toAbsolutePath(), e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            log.warn("Cannot restrict permissions of {} on this file system", file);
        }
    }

    private static byte[] derive(byte[] master, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
