/**
 * API authentication: API keys exchanged for access tokens by HMAC, JWT validation through Spring Security's
 * resource server, roles and tenant headers.
 */
package dev.settle.system.security;
