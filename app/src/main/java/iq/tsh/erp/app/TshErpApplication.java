package iq.tsh.erp.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The TSH ERP core: Zoho sync, mobile BFF, ops and audit in one process on one port. */
@SpringBootApplication(scanBasePackages = "iq.tsh.erp")
@ConfigurationPropertiesScan("iq.tsh.erp")
@EnableScheduling
public class TshErpApplication {

    public static void main(String[] args) {
        SpringApplication.run(TshErpApplication.class, args);
    }
}
