package iq.tsh.erp.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The TSH ERP core: Zoho sync, mobile BFF, ops and audit in one process on one port. */
@SpringBootApplication(scanBasePackages = "iq.tsh.erp",
        // Axon's JPA storage would win over JDBC because the read models use JPA; the event store, tokens and dead
        // letters are Axon's JDBC ones on our own Liquibase tables (see AxonStorageConfiguration).
        excludeName = {
            "org.axonframework.springboot.autoconfig.JpaAutoConfiguration",
            "org.axonframework.springboot.autoconfig.JpaEventStoreAutoConfiguration"
        })
@ConfigurationPropertiesScan("iq.tsh.erp")
@EntityScan("iq.tsh.erp.query")
@EnableJpaRepositories("iq.tsh.erp.query")
@EnableScheduling
public class TshErpApplication {

    public static void main(String[] args) {
        SpringApplication.run(TshErpApplication.class, args);
    }
}
