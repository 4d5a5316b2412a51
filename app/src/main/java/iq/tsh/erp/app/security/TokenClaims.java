package iq.tsh.erp.app.security;

import iq.tsh.erp.api.common.StorableValues;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * What a signed token must state before anyone acts on it. A well-signed token with a careless claim is refused
 * (401), never read generously:
 * <ul>
 * <li>{@code sub}: present, not blank, at most {@value #MAX_SUBJECT} characters of storable text (it becomes the
 * customer id in commands and events);</li>
 * <li>{@code roles}: a JSON array of at least one of {@code CUSTOMER}, {@code OPS}, {@code AUDITOR}. A string
 * ({@code "CUSTOMER OPS"}), nested arrays or an unknown role refuse the whole token: a token naming a role we do not
 * know was issued for something else, and guessing what it meant is how privileges leak.</li>
 * </ul>
 */
final class TokenClaims implements OAuth2TokenValidator<Jwt> {

    static final int MAX_SUBJECT = 64;
    static final String ROLES = "roles";
    private static final Set<String> KNOWN = Stream.of(Role.values()).map(Role::name).collect(Collectors.toSet());

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        String subject = token.getSubject();
        if (subject == null || subject.isBlank() || subject.length() > MAX_SUBJECT
                || StorableValues.textProblem(subject) != null) {
            return refused("sub must be a non-blank id of at most " + MAX_SUBJECT + " characters");
        }
        if (roles(token) == null) {
            return refused("roles must be an array of CUSTOMER, OPS or AUDITOR");
        }
        return OAuth2TokenValidatorResult.success();
    }

    /** The roles as authorities ({@code ROLE_OPS}); only called on tokens {@link #validate} accepted. */
    static Collection<GrantedAuthority> authorities(Jwt token) {
        List<String> roles = roles(token);
        if (roles == null) {
            throw new IllegalStateException("a token with unchecked roles reached the authorities");
        }
        return roles.stream().distinct().map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
    }

    /** The roles claim when it is a non-empty array of known role names, else {@code null}. */
    private static List<String> roles(Jwt token) {
        if (!(token.getClaims().get(ROLES) instanceof Collection<?> claim) || claim.isEmpty()) {
            return null;
        }
        List<String> roles = new ArrayList<>(claim.size());
        for (Object role : claim) {
            if (!(role instanceof String name) || !KNOWN.contains(name)) {
                return null;
            }
            roles.add(name);
        }
        return roles;
    }

    private static OAuth2TokenValidatorResult refused(String why) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, why, null));
    }
}
