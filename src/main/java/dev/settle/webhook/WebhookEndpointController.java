package dev.settle.webhook;

import dev.settle.system.error.ApiError;
import dev.settle.system.error.ApiException;
import dev.settle.system.error.ErrorCode;
import dev.settle.system.security.Caller;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The calling tenant's webhook endpoints: {@code GET}, {@code POST /v2/webhooks/endpoints} and {@code PUT …/{id}}.
 * Reading needs a read role; registering or changing an endpoint decides where the tenant's data goes, so it needs
 * {@code tenant-admin}. The secret is answered once, at creation.
 */
@RestController
public class WebhookEndpointController {

    private static final String PATH = "/v2/webhooks/endpoints";

    private final WebhookEndpoints endpoints;

    public WebhookEndpointController(WebhookEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    @GetMapping(PATH)
    List<WebhookEndpoint> list(Caller caller) {
        return endpoints.list(caller.tenantId());
    }

    @PostMapping(PATH)
    ResponseEntity<WebhookEndpoints.CreatedEndpoint> create(Caller caller, @RequestBody EndpointRequest request) {
        requireAdmin(caller);
        try {
            return ResponseEntity.status(HttpStatus.CREATED).body(endpoints.create(caller.tenantId(), request.url(),
                    request.eventTypes(), request.secret()));
        } catch (IllegalArgumentException e) {
            throw invalid(e);
        }
    }

    @PutMapping(PATH + "/{id}")
    WebhookEndpoint update(Caller caller, @PathVariable UUID id, @RequestBody EndpointRequest request) {
        requireAdmin(caller);
        if (endpoints.list(caller.tenantId()).stream().noneMatch(e -> e.id().equals(id))) {
            throw ApiException.notFound(ErrorCode.RESOURCE_NOT_FOUND, "path", PATH + "/" + id);
        }
        try {
            return endpoints.update(caller.tenantId(), id, request.url(), request.eventTypes(), request.enabled());
        } catch (IllegalArgumentException e) {
            throw invalid(e);
        }
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.roles().contains(Caller.ROLE_ADMIN)) {
            throw new ApiException(HttpStatus.FORBIDDEN, ApiError.of(ErrorCode.FORBIDDEN, "required",
                    Caller.ROLE_ADMIN));
        }
    }

    private static ApiException invalid(IllegalArgumentException e) {
        return ApiException.badRequest(List.of(ApiError.of(ErrorCode.PARAMETER_IS_INVALID,
                Map.of("field", "body", "value", "-", "reason", e.getMessage()))));
    }

    /**
     * An endpoint to register or change; null fields are left as they are (on creation: all event types, a generated
     * secret, enabled).
     */
    record EndpointRequest(String url, List<String> eventTypes, String secret, Boolean enabled) {
    }
}
