package iq.tsh.erp.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.springframework.http.HttpEntity;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A body whose Content-Type is a wildcard ({@code *}{@code /*}, {@code application/*}) is a 415 problem: Spring
 * would otherwise fail reading it with an IllegalArgumentException, a 500. Endpoints that read no body are left
 * alone.
 */
class ConcreteContentType implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpMediaTypeNotSupportedException {
        String contentType = request.getContentType();
        if (contentType == null || contentType.isBlank() || !readsBody(handler)) {
            return true;
        }
        MediaType type;
        try {
            type = MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException unreadable) {
            // Spring ignores a Content-Type it cannot parse and reads the body as octets; nothing breaks.
            return true;
        }
        if (type.isWildcardType() || type.isWildcardSubtype()) {
            throw new HttpMediaTypeNotSupportedException("Content-Type must name one media type, such as "
                    + "application/json, not a wildcard");
        }
        return true;
    }

    /** Only endpoints that read a body ever look at its Content-Type (even an empty body's). */
    private static boolean readsBody(Object handler) {
        return handler instanceof HandlerMethod method && Arrays.stream(method.getMethodParameters())
                .anyMatch(parameter -> parameter.hasParameterAnnotation(RequestBody.class)
                        || HttpEntity.class.isAssignableFrom(parameter.getParameterType()));
    }
}
