package iq.tsh.erp.zoho.catchup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * {@link RunAlone} through a PostgreSQL advisory lock held on a connection of its own for as long as the work runs:
 * the nodes share the database, and a node that dies mid-run loses the lock with its connection.
 */
final class AdvisoryLockRunAlone implements RunAlone {

    private final DataSource dataSource;
    private final String name;

    AdvisoryLockRunAlone(DataSource dataSource, String name) {
        this.dataSource = dataSource;
        this.name = name;
    }

    @Override
    public boolean run(Runnable work) {
        try (Connection connection = dataSource.getConnection()) {
            if (!call(connection, "select pg_try_advisory_lock(hashtextextended(?, 0))")) {
                return false;
            }
            try {
                work.run();
                return true;
            } finally {
                call(connection, "select pg_advisory_unlock(hashtextextended(?, 0))");
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("could not take the " + name + " lock", e);
        }
    }

    private boolean call(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, name);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
