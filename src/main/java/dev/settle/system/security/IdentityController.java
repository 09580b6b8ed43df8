package dev.settle.system.security;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /v1/identity/hmac}: an HMAC-signed request in, a bearer access token out. */
@RestController
public class IdentityController {

    private final HmacTokenExchange exchange;

    public IdentityController(HmacTokenExchange exchange) {
        this.exchange = exchange;
    }

    @PostMapping("/v1/identity/hmac")
    HmacTokenExchange.AccessToken exchange(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestBody(required = false) byte[] body) {
        return exchange.exchange(authorization, body);
    }
}
