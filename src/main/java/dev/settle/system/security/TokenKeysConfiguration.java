package dev.settle.system.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** Signs and verifies access tokens (HS256) with the key derived from the master key. */
@Configuration(proxyBeanMethods = false)
public class TokenKeysConfiguration {

    @Bean
    JwtEncoder jwtEncoder(KeyMaterial keys) {
        return NimbusJwtEncoder.withSecretKey(keys.signingKey()).algorithm(MacAlgorithm.HS256).build();
    }

    @Bean
    JwtDecoder jwtDecoder(KeyMaterial keys) {
        return NimbusJwtDecoder.withSecretKey(keys.signingKey()).macAlgorithm(MacAlgorithm.HS256).build();
    }
}
