package iq.tsh.erp.app.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts {@link StorableParameters} in front of every endpoint but the webhooks (their query is signed as sent). */
@Configuration(proxyBeanMethods = false)
class WebInputRules implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new StorableParameters()).excludePathPatterns("/api/zoho/webhooks/**");
    }
}
