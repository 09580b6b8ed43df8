package dev.settle.support;

import dev.settle.demo.TenantApiClient;
import dev.settle.tenancy.IssuedApiKey;

/** The tenant API client pointed at the test server's random port. */
public final class ApiClient extends TenantApiClient {

    public ApiClient(int port, IssuedApiKey key) {
        super("http://127.0.0.1:" + port, key);
    }
}
