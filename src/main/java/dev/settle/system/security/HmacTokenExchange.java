package dev.settle.system.security;

import dev.settle.system.SettleProperties;
import dev.settle.system.error.ApiError;
import dev.settle.system.error.ApiException;
import dev.settle.system.error.ErrorCode;
import dev.settle.tenancy.ApiKey;
import dev.settle.tenancy.TenantRepository;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exchanges an HMAC-signed request for a bearer access token.
 *
 * <p>The client sends {@code Authorization: Hmac publicKey:nonce:epochSeconds:signature} where the signature is
 * Base64(HMAC-SHA256(Base64-decoded private key, "publicKey:nonce:epochSeconds:Base64(SHA-256(body))")). The
 * epoch must be within the configured window of now and a nonce is accepted once per key.
 */
@Service
public class HmacTokenExchange {

    private static final String INSERT_NONCE = """
            INSERT INTO hmac_nonce (public_key, nonce, seen_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING
            """;
    private static final String FORGET_OLD_NONCES = "DELETE FROM hmac_nonce WHERE seen_at < ?";

    private final TenantRepository tenants;
    private final PrivateKeyCipher cipher;
    private final JwtEncoder encoder;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration window;
    private final Duration tokenTtl;

    public HmacTokenExchange(TenantRepository tenants, PrivateKeyCipher cipher, JwtEncoder encoder, JdbcClient jdbc,
            Clock clock, SettleProperties properties) {
        this.tenants = tenants;
        this.cipher = cipher;
        this.encoder = encoder;
        this.jdbc = jdbc;
        this.clock = clock;
        this.window = properties.security().hmacWindow();
        this.tokenTtl = properties.security().tokenTtl();
    }

    /** An access token for a correctly signed request. */
    @Transactional
    public AccessToken exchange(String authorization, byte[] body) {
        HmacAuthorization hmac = HmacAuthorization.parse(authorization);
        Instant now = clock.instant();
        if (Duration.between(Instant.ofEpochSecond(hmac.epochSeconds()), now).abs().compareTo(window) > 0) {
            throw refused("the epoch " + hmac.epochSeconds() + " is more than " + window.toMinutes()
                    + " minutes from the server time " + now.getEpochSecond());
        }
        ApiKey key = tenants.findApiKey(hmac.publicKey()).filter(k -> !k.revoked())
                .orElseThrow(() -> refused("unknown or revoked public key"));
        String expected = sign(cipher.decrypt(key.publicKey(), key.privateKeyCipher()),
                hmac.signedText(bodyHash(body)));
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                hmac.signature().getBytes(StandardCharsets.US_ASCII))) {
            throw refused("the signature does not match the request");
        }
        jdbc.sql(FORGET_OLD_NONCES).param(utc(now.minus(window.multipliedBy(2)))).update();
        if (jdbc.sql(INSERT_NONCE).params(key.publicKey(), hmac.nonce(), utc(now)).update() == 0) {
            throw refused("the nonce was already used");
        }
        return issue(key, now);
    }

    private AccessToken issue(ApiKey key, Instant now) {
        Instant expires = now.plus(tokenTtl);
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer("settle")
                .subject(key.publicKey())
                .issuedAt(now)
                .expiresAt(expires)
                .claim(JwtCaller.ACCOUNT_CLAIM, key.accountId().toString())
                .claim(JwtCaller.TENANT_CLAIM, key.tenantId().toString())
                .claim(JwtCaller.ROLES_CLAIM, List.copyOf(key.roles()))
                .build();
        String token = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
        return new AccessToken(token, expires.toEpochMilli());
    }

    /** Base64 of the SHA-256 of the body; an absent body hashes as empty. */
    public static String bodyHash(byte[] body) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(body == null ? new byte[0] : body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Base64(HMAC-SHA256(key, text)): the same computation a client performs. */
    public static String sign(byte[] privateKey, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(privateKey, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static ApiException refused(String reason) {
        return new ApiException(HttpStatus.UNAUTHORIZED, ApiError.of(ErrorCode.HMAC_SIGNATURE_IS_INVALID, "reason", reason));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** The token answer: {@code {accessToken, expires}} with expires in epoch milliseconds. */
    public record AccessToken(String accessToken, long expires) {
    }
}
