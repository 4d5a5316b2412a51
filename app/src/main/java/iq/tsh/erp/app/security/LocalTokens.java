package iq.tsh.erp.app.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/**
 * Local use only: when the signing key was generated for this run (embedded mode without ERP_JWT_SECRET), prints
 * an OPS and an AUDITOR token at start-up so a developer can use the dashboard and audit at once. Never in production
 * mode, where the key comes from the environment and nothing is printed.
 */
@Component
class LocalTokens {

    private static final Logger log = LoggerFactory.getLogger(LocalTokens.class);
    private static final Duration VALIDITY = Duration.ofHours(12);

    private final SigningKey signingKey;
    private final JwtEncoder encoder;

    LocalTokens(SigningKey signingKey, JwtEncoder encoder) {
        this.signingKey = signingKey;
        this.encoder = encoder;
    }

    @EventListener(ApplicationReadyEvent.class)
    void printForLocalUse() {
        if (!signingKey.generated()) {
            return;
        }
        log.warn("ERP_JWT_SECRET is not set: tokens are signed with a key generated for this run. Local tokens, valid {}h:",
                VALIDITY.toHours());
        log.warn("  OPS token:     {}", issue("local-ops", Role.OPS));
        log.warn("  AUDITOR token: {}", issue("local-auditor", Role.AUDITOR));
    }

    String issue(String subject, Role role) {
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder().subject(subject).issuedAt(now).expiresAt(now.plus(VALIDITY))
                .claim("roles", List.of(role.name())).build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
    }
}
