package iq.tsh.erp.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts {@link StorableParameters} and {@link ConcreteContentType} in front of every endpoint but the webhooks (their
 * query is signed as sent, and every delivery, refused or not, goes to their inbox).
 */
@Configuration(proxyBeanMethods = false)
public class WebInputRules implements WebMvcConfigurer {

    private static final String WEBHOOKS = "/api/zoho/webhooks/**";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new StorableParameters()).excludePathPatterns(WEBHOOKS);
        registry.addInterceptor(new ConcreteContentType()).excludePathPatterns(WEBHOOKS);
    }
}
