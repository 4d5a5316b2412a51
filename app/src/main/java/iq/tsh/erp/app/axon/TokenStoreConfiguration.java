package iq.tsh.erp.app.axon;

import iq.tsh.erp.app.database.DatabaseSettings;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the workers keep their position and their claims on segments. A claim names its node: on a shared database
 * each JVM is its own node (Axon's pid@host), and a dead node's segments move to another after the lock timeout.
 * The embedded database has one instance per data directory, so there the node is the host and directory: an
 * instance restarted after a crash takes its segments back at once instead of waiting out its own old claims.
 */
@Configuration(proxyBeanMethods = false)
class TokenStoreConfiguration {

    @Bean
    WorkerNode workerNode(WorkerSettings workers, DatabaseSettings database) {
        return new WorkerNode(workers.nodeId() != null && !workers.nodeId().isBlank() ? workers.nodeId().strip()
                : nodeId(database));
    }

    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer, TokenSchema tokenSchema,
                          WorkerSettings workers, WorkerNode node) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .schema(tokenSchema)
                .claimTimeout(workers.lockTimeout())
                .nodeId(node.id())
                .contentType(byte[].class)
                .build();
    }

    static String nodeId(DatabaseSettings database) {
        if (!database.isEmbedded()) {
            return ManagementFactory.getRuntimeMXBean().getName();
        }
        String node = "embedded@" + hostName() + ":" + database.dataDir().toAbsolutePath().normalize();
        // token_entry.owner is VARCHAR(255); keep the distinctive end of a long path.
        return node.length() <= 255 ? node : node.substring(node.length() - 255);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
