package dev.settle.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a delivery: hex of HMAC-SHA256 over {@code timestamp + "." + body} (UTF-8), keyed by the
 * endpoint's secret as UTF-8 bytes, sent as {@code Settle-Signature: v1=<hex>} with {@code Settle-Timestamp}
 * (epoch seconds) and {@code Settle-Event-Id}. The README shows a receiver's check.
 */
public final class WebhookSignature {

    public static final String EVENT_ID_HEADER = "Settle-Event-Id";
    public static final String TIMESTAMP_HEADER = "Settle-Timestamp";
    public static final String SIGNATURE_HEADER = "Settle-Signature";
    public static final String EVENT_TYPE_HEADER = "Settle-Event-Type";

    private WebhookSignature() {
    }

    /** The header value for a body sent at {@code timestamp} (epoch seconds). */
    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** What a receiver does: recompute and compare in constant time. */
    public static boolean verify(String secret, String timestampHeader, String body, String signatureHeader) {
        if (timestampHeader == null || signatureHeader == null) {
            return false;
        }
        String expected = sign(secret, Long.parseLong(timestampHeader), body);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                signatureHeader.getBytes(StandardCharsets.UTF_8));
    }
}
