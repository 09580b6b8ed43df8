package dev.settle.system.security;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import org.springframework.stereotype.Component;

/**
 * Encrypts API private keys at rest with AES-256-GCM. The clear key is needed to verify HMAC signatures, so a
 * one-way hash cannot be used; the public key is bound in as associated data so ciphertexts cannot be swapped
 * between keys.
 */
@Component
public class PrivateKeyCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final KeyMaterial keys;
    private final SecureRandom random = new SecureRandom();

    public PrivateKeyCipher(KeyMaterial keys) {
        this.keys = keys;
    }

    public String encrypt(String publicKey, byte[] privateKey) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.encryptionKey(), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(publicKey.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(privateKey);
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt an API key", e);
        }
    }

    /** The clear private key; fails when the master key changed since the key was created. */
    public byte[] decrypt(String publicKey, String stored) {
        try {
            byte[] all = Base64.getDecoder().decode(stored);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, keys.encryptionKey(), new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            cipher.updateAAD(publicKey.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot decrypt API key " + publicKey
                    + ": was settle.security.master-key changed since it was created?", e);
        }
    }
}
