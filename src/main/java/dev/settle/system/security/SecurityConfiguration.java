package dev.settle.system.security;

import dev.settle.system.error.ApiError;
import dev.settle.system.error.ApiErrorResponses;
import dev.settle.system.error.ErrorCode;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;

/**
 * API security: bearer JWTs validated by Spring Security's resource server, roles by HTTP method (reads need
 * {@code tenant-transaction-read}, writes {@code tenant-transaction-write}, {@code tenant-admin} does both), the
 * tenant headers checked against the token, and every refusal answered with the API error body.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class SecurityConfiguration {

    private static final String[] API = {"/v1/**", "/v2/**"};

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiErrorResponses responses) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/v1/identity/hmac").permitAll()
                        .requestMatchers("/error", "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
                                "/v3/api-docs/**").permitAll()
                        .requestMatchers(HttpMethod.GET, API).hasAnyAuthority(Caller.ROLE_READ, Caller.ROLE_ADMIN)
                        .requestMatchers(HttpMethod.HEAD, API).hasAnyAuthority(Caller.ROLE_READ, Caller.ROLE_ADMIN)
                        .requestMatchers(API).hasAnyAuthority(Caller.ROLE_WRITE, Caller.ROLE_ADMIN)
                        .anyRequest().authenticated())
                .oauth2ResourceServer(oauth -> oauth
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesAsAuthorities()))
                        .authenticationEntryPoint(unauthorized(responses))
                        .accessDeniedHandler(forbidden(responses)))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthorized(responses))
                        .accessDeniedHandler(forbidden(responses)))
                .addFilterAfter(new TenantHeaderFilter(responses), BearerTokenAuthenticationFilter.class)
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    WebMvcConfigurer callerArgumentResolver() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }
        };
    }

    private static JwtAuthenticationConverter rolesAsAuthorities() {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(JwtCaller.ROLES_CLAIM);
        authorities.setAuthorityPrefix("");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return converter;
    }

    private static AuthenticationEntryPoint unauthorized(ApiErrorResponses responses) {
        BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
        return (request, response, exception) -> {
            bearer.commence(request, response, exception);
            String reason = request.getHeader("Authorization") == null
                    ? "no bearer token; exchange an API key at POST /v1/identity/hmac"
                    : exception.getMessage();
            responses.write(request, response, HttpStatus.UNAUTHORIZED, ApiError.of(ErrorCode.UNAUTHORIZED, "reason", reason));
        };
    }

    private static AccessDeniedHandler forbidden(ApiErrorResponses responses) {
        return (request, response, exception) -> responses.write(request, response, HttpStatus.FORBIDDEN,
                ApiError.of(ErrorCode.FORBIDDEN, "required", requiredRoles(request)));
    }

    private static String requiredRoles(HttpServletRequest request) {
        boolean read = HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
        return (read ? Caller.ROLE_READ : Caller.ROLE_WRITE) + " or " + Caller.ROLE_ADMIN;
    }
}
