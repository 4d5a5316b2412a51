package iq.tsh.erp.app.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the data lives.
 *
 * @param url     {@code DATABASE_URL}: an external PostgreSQL; blank starts the embedded one
 * @param dataDir {@code ERP_DATA_DIR}: the embedded PostgreSQL's data directory, kept across restarts
 */
@ConfigurationProperties("erp.database")
public record DatabaseSettings(String url, @DefaultValue("./data") Path dataDir) {

    public boolean isEmbedded() {
        return url == null || url.isBlank();
    }

    /** Never prints the URL: it may hold a password. */
    @Override
    public String toString() {
        return "DatabaseSettings[embedded=" + isEmbedded() + ", dataDir=" + dataDir + "]";
    }
}
