package io.lsql.testing;

import io.lsql.core.connect.AwsTarget;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.sandbox.MariaDbServer;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.core.sandbox.SandboxInfo;

import java.sql.Connection;

/** Connections to the sandbox for tests. */
public final class Databases {

    private Databases() {
    }

    public static JdbcSource source(Sandbox sandbox, String database) {
        return new JdbcSource(sandbox.mariaDb().jdbcUrl(database), MariaDbServer.USER, new char[0]);
    }

    public static Connection connect(Sandbox sandbox, String database) {
        return source(sandbox, database).open();
    }

    public static AwsTarget aws(Sandbox sandbox) {
        return AwsTarget.endpoint(sandbox.moto().endpoint(), Sandbox.REGION, SandboxInfo.ACCESS_KEY, SandboxInfo.SECRET_KEY);
    }
}
