package dev.settle.webhook;

import dev.settle.system.security.PrivateKeyCipher;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, changing and listing a tenant's webhook endpoints, for the API and the CLI alike. The signing secret
 * is generated (or given), shown once at creation, and kept encrypted with the master key.
 */
@Service
public class WebhookEndpoints {

    private final WebhookEndpointRepository endpoints;
    private final PrivateKeyCipher cipher;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public WebhookEndpoints(WebhookEndpointRepository endpoints, PrivateKeyCipher cipher, Clock clock) {
        this.endpoints = endpoints;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** Creates an enabled endpoint; a null or blank secret gets a generated one. */
    @Transactional
    public CreatedEndpoint create(UUID tenantId, String url, List<String> eventTypes, String secret) {
        String checkedUrl = checkUrl(url);
        String signingSecret = secret == null || secret.isBlank() ? generateSecret() : secret;
        if (signingSecret.length() < 16) {
            throw new IllegalArgumentException("A webhook secret must have at least 16 characters");
        }
        Instant now = clock.instant();
        WebhookEndpoint endpoint = new WebhookEndpoint(UUID.randomUUID(), tenantId, checkedUrl,
                WebhookEventType.parse(eventTypes), true, now, now);
        endpoints.insert(endpoint, cipher.encrypt(endpoint.id().toString(),
                signingSecret.getBytes(StandardCharsets.UTF_8)));
        return new CreatedEndpoint(endpoint, signingSecret);
    }

    /** Changes what is given (null keeps it): URL, event types, enabled. */
    @Transactional
    public WebhookEndpoint update(UUID tenantId, UUID id, String url, List<String> eventTypes, Boolean enabled) {
        WebhookEndpoint current = find(tenantId, id);
        Instant now = clock.instant();
        WebhookEndpoint changed = new WebhookEndpoint(id, tenantId, url == null ? current.url() : checkUrl(url),
                eventTypes == null ? current.eventTypes() : WebhookEventType.parse(eventTypes),
                enabled == null ? current.enabled() : enabled, current.createdAt(), now);
        endpoints.update(changed, now);
        return changed;
    }

    public WebhookEndpoint find(UUID tenantId, UUID id) {
        return endpoints.find(tenantId, id).orElseThrow(() -> new IllegalArgumentException(
                "No webhook endpoint " + id + " for tenant " + tenantId));
    }

    /** The tenant's endpoints, or every tenant's when {@code tenantId} is null. */
    public List<WebhookEndpoint> list(UUID tenantId) {
        return endpoints.list(tenantId);
    }

    /** The clear signing secret, for the dispatcher only. */
    String secret(UUID endpointId) {
        return new String(cipher.decrypt(endpointId.toString(), endpoints.secretCipher(endpointId)),
                StandardCharsets.UTF_8);
    }

    private String generateSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String checkUrl(String url) {
        try {
            URI uri = new URI(url);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException("A webhook URL must be http(s)://host/…, got '" + url + "'");
            }
            return uri.toString();
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("A webhook URL must be http(s)://host/…, got '" + url + "'");
        }
    }

    /** A new endpoint with its secret, which is shown this once. */
    public record CreatedEndpoint(WebhookEndpoint endpoint, String secret) {
    }
}
