package dev.settle.system.security;

import dev.settle.system.error.ApiError;
import dev.settle.system.error.ApiErrorResponses;
import dev.settle.system.error.ErrorCode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requires {@code x-account-id} and {@code x-tenant-id} on authenticated API calls and refuses (403) a call
 * whose headers name another account or tenant than its token.
 */
class TenantHeaderFilter extends OncePerRequestFilter {

    static final String ACCOUNT_HEADER = "x-account-id";
    static final String TENANT_HEADER = "x-tenant-id";

    private final ApiErrorResponses responses;

    TenantHeaderFilter(ApiErrorResponses responses) {
        this.responses = responses;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token
                && isApi(request)) {
            Caller caller = JwtCaller.from(token.getToken());
            String account = request.getHeader(ACCOUNT_HEADER);
            String tenant = request.getHeader(TENANT_HEADER);
            if (account == null || account.isBlank()) {
                responses.write(request, response, HttpStatus.BAD_REQUEST, ApiError.of(ErrorCode.ACCOUNT_ID_IS_REQUIRED));
                return;
            }
            if (tenant == null || tenant.isBlank()) {
                responses.write(request, response, HttpStatus.BAD_REQUEST, ApiError.of(ErrorCode.TENANT_ID_IS_REQUIRED));
                return;
            }
            if (!account.trim().equalsIgnoreCase(caller.accountId().toString())
                    || !tenant.trim().equalsIgnoreCase(caller.tenantId().toString())) {
                responses.write(request, response, HttpStatus.FORBIDDEN, ApiError.of(ErrorCode.TENANT_MISMATCH));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return (path.startsWith("/v1/") || path.startsWith("/v2/")) && !path.startsWith("/v1/identity/");
    }
}
