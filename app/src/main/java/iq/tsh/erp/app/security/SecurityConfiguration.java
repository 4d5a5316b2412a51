package iq.tsh.erp.app.security;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import iq.tsh.erp.app.database.DatabaseSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * A stateless resource server: every request is judged by its bearer token alone (HS256, claims {@code sub},
 * {@code roles}, {@code exp}, each checked by {@link TokenClaims} before it counts). Catalogue reads, health, API
 * docs and the webhooks (which carry Zoho's HMAC instead) are public; personal endpoints need CUSTOMER, dashboard and admin OPS, audit AUDITOR; anything else needs a token.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SigningKey signingKey(SecuritySettings settings, DatabaseSettings database) {
        return SigningKey.of(settings.jwtSecret(), database.isEmbedded());
    }

    @Bean
    JwtDecoder jwtDecoder(SigningKey signingKey) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(signingKey.key()).macAlgorithm(MacAlgorithm.HS256).build();
        OAuth2TokenValidator<Jwt> mustExpire = new JwtClaimValidator<>("exp", exp -> exp != null);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefault(), mustExpire,
                new TokenClaims()));
        return decoder;
    }

    @Bean
    JwtEncoder jwtEncoder(SigningKey signingKey) {
        return new NimbusJwtEncoder(new ImmutableSecret<>(signingKey.key()));
    }

    /**
     * Requests Spring Security's firewall refuses before any filter chain ({@code %25}, {@code %2e%2e}, {@code ;} in
     * the path) answer a problem detail too, not the servlet container's error page.
     */
    @Bean
    RequestRejectedHandler requestRejected() {
        return (request, response, e) -> ProblemResponses.write(request, response, HttpStatus.BAD_REQUEST,
                "Bad request", "the request path holds characters that are not accepted (an encoded %, /, \\, . or ;)");
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> ProblemResponses.write(request, response,
                HttpStatus.UNAUTHORIZED, "Unauthorized", "a valid bearer token is required");
        AccessDeniedHandler forbidden = (request, response, e) -> ProblemResponses.write(request, response,
                HttpStatus.FORBIDDEN, "Forbidden", "the token's roles do not allow this");
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthenticated).accessDeniedHandler(forbidden))
                .oauth2ResourceServer(resource -> resource
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden)
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesFromClaim())))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/health", "/actuator/health", "/actuator/health/**", "/error").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/zoho/webhooks/**").permitAll()
                        .requestMatchers("/api/zoho/dashboard/**", "/api/zoho/admin/**", "/api/admin/**").hasRole("OPS")
                        .requestMatchers("/actuator/**").hasRole("OPS")
                        .requestMatchers("/api/audit/**").hasRole("AUDITOR")
                        .requestMatchers("/api/mobile/cart", "/api/mobile/cart/**", "/api/mobile/addresses",
                                "/api/mobile/addresses/**").hasRole("CUSTOMER")
                        .requestMatchers(HttpMethod.GET, "/api/mobile/checkout").hasRole("CUSTOMER")
                        .requestMatchers(HttpMethod.POST, "/api/mobile/products/*/reviews", "/api/mobile/reviews/*/flag")
                        .hasRole("CUSTOMER")
                        .requestMatchers(HttpMethod.GET, "/api/mobile/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/mobile/checkout/calculate").permitAll()
                        .anyRequest().authenticated());
        return http.build();
    }

    /** {@code "roles": ["OPS"]} becomes the authority ROLE_OPS; {@link TokenClaims} has already checked the claim. */
    private static JwtAuthenticationConverter rolesFromClaim() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(TokenClaims::authorities);
        return converter;
    }
}
