package io.lsql.core.session;

import io.lsql.core.LsqlException;
import io.lsql.core.connect.AwsErrors;
import io.lsql.core.connect.AwsTarget;
import io.lsql.core.connect.ConnectionErrors;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.connect.MySqlProfile;
import io.lsql.core.connect.ProfileConnection;
import io.lsql.core.stage.Stage;
import io.lsql.core.stage.Stages;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** "Test connection": what the server is and what the user may do, or the exact reason it failed. */
public final class ConnectionTester {

    private ConnectionTester() {
    }

    public record MySqlInfo(String version, List<String> privileges) {
    }

    public record AwsInfo(List<String> tables, String stage) {
    }

    /** Tests a profile as it would connect: through its SSH tunnel when it has one (closed afterwards). */
    public static MySqlInfo testMySql(MySqlProfile profile, char[] password, char[] sshPassword) {
        try (ProfileConnection connected = ProfileConnection.open(profile, password, sshPassword)) {
            return testMySql(connected.source());
        }
    }

    public static MySqlInfo testMySql(JdbcSource source) {
        try (Connection connection = source.open(); Statement s = connection.createStatement()) {
            String version = serverVersion(connection.getMetaData().getDatabaseProductVersion());
            List<String> grants = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SHOW GRANTS")) {
                while (rs.next()) {
                    grants.add(rs.getString(1).replaceAll("IDENTIFIED BY PASSWORD '[^']*'", "IDENTIFIED BY PASSWORD '***'"));
                }
            }
            return new MySqlInfo(version, grants);
        } catch (SQLException e) {
            throw ConnectionErrors.translate(e, source);
        }
    }

    /** The version as the server means it: MariaDB prefixes "5.5.5-" for old MySQL clients ("5.5.5-10.11.19-MariaDB…"). */
    public static String serverVersion(String reported) {
        if (reported != null && reported.startsWith("5.5.5-") && reported.toLowerCase(java.util.Locale.ROOT).contains("mariadb")) {
            return reported.substring("5.5.5-".length());
        }
        return reported;
    }

    public static AwsInfo testAws(AwsTarget target, String stageUri) {
        List<String> tables;
        try (DynamoDbClient dynamo = target.dynamoDb()) {
            tables = dynamo.listTablesPaginator().tableNames().stream().toList();
        } catch (SdkException e) {
            throw AwsErrors.translate("Listing DynamoDB tables at " + target.describe(), e);
        }
        String stage = "no stage configured";
        if (stageUri != null && !stageUri.isBlank()) {
            try (Stage s = Stages.open(stageUri, target)) {
                s.checkWritable();
                stage = s.uri() + " is writable";
            } catch (SdkException e) {
                throw AwsErrors.translate("Checking the stage " + stageUri, e);
            } catch (IOException e) {
                throw new LsqlException("The stage " + stageUri + " is not writable: " + e.getMessage(), e);
            }
        }
        return new AwsInfo(tables, stage);
    }
}
