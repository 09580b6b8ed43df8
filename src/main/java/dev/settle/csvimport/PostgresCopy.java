package dev.settle.csvimport;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * {@code COPY … FROM STDIN} on PostgreSQL, about twice as fast as batched inserts for bulk rows. It runs on the
 * connection of the current transaction, so the rows commit or roll back with the chunk. On other databases
 * {@link #available()} is false and callers use batched inserts.
 */
@Component
public class PostgresCopy {

    private final DataSource dataSource;
    private final boolean available;

    public PostgresCopy(DataSource dataSource) throws SQLException {
        this.dataSource = dataSource;
        try (Connection connection = dataSource.getConnection()) {
            this.available = "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
        }
    }

    public boolean available() {
        return available;
    }

    /** Copies the rows (values in the statement's column order) in CSV format. */
    public void copy(String copyStatement, List<Object[]> rows) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copyStatement, new StringReader(csv(rows)));
        } catch (SQLException | IOException e) {
            throw new DataAccessResourceFailureException("COPY failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    static String csv(List<Object[]> rows) {
        StringBuilder csv = new StringBuilder(rows.size() * 256);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                append(csv, row[i]);
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    // In COPY's CSV format an unquoted empty field is NULL, so every text value is quoted.
    private static void append(StringBuilder csv, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Timestamp timestamp) {
            csv.append(timestamp.toInstant());
        } else if (value instanceof BigDecimal decimal) {
            csv.append(decimal.toPlainString());
        } else if (value instanceof Number || value instanceof Boolean || value instanceof java.sql.Date
                || value instanceof java.util.UUID) {
            csv.append(value);
        } else {
            csv.append('"').append(value.toString().replace("\"", "\"\"")).append('"');
        }
    }
}
