package io.lsql.core.sample;

import io.lsql.core.LsqlException;
import io.lsql.core.ProgressListener;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.testing.Databases;
import io.lsql.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@IntegrationTest
class ScaleGeneratorIT {

    @Test
    void generatesProportionalDeterministicData(Sandbox sandbox) throws Exception {
        try (Connection connection = Databases.connect(sandbox, "")) {
            SampleDatabases.loadAppDb(connection, "scale_db");
            ScaleGenerator.Counts counts = ScaleGenerator.generate(connection, 2_500, 7, ProgressListener.NONE);
            assertEquals(new ScaleGenerator.Counts(2_500, 12_500, 50_000, 50), counts);
            assertEquals("2500/12500/50000/50/6", counts(connection));
            String first = checksum(connection);
            ScaleGenerator.generate(connection, 2_500, 7, ProgressListener.NONE);
            assertEquals(first, checksum(connection), "same seed, same data");
            ScaleGenerator.generate(connection, 2_500, 8, ProgressListener.NONE);
            assertNotEquals(first, checksum(connection), "another seed, other data");
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM scale_db.OrderLines l "
                         + "LEFT JOIN scale_db.Orders o ON o.ord_id = l.ord_id WHERE o.ord_id IS NULL")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "every line belongs to an order");
            }
        }
    }

    @Test
    void rejectsANonsenseScale(Sandbox sandbox) throws Exception {
        try (Connection connection = Databases.connect(sandbox, "")) {
            assertThrows(LsqlException.class, () -> ScaleGenerator.generate(connection, 0, 1, ProgressListener.NONE));
        }
    }

    private static String counts(Connection connection) throws Exception {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT "
                + "(SELECT COUNT(*) FROM scale_db.Customers), (SELECT COUNT(*) FROM scale_db.Orders), "
                + "(SELECT COUNT(*) FROM scale_db.OrderLines), (SELECT COUNT(*) FROM scale_db.Products), "
                + "(SELECT COUNT(*) FROM scale_db.Reps)")) {
            rs.next();
            return rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getLong(3) + "/" + rs.getLong(4) + "/" + rs.getLong(5);
        }
    }

    private static String checksum(Connection connection) throws Exception {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("CHECKSUM TABLE scale_db.Customers, scale_db.Orders, scale_db.OrderLines EXTENDED")) {
            StringBuilder sb = new StringBuilder();
            while (rs.next()) {
                sb.append(rs.getString(2)).append(' ');
            }
            return sb.toString();
        }
    }
}
