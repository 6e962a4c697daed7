package io.lsql.core.sandbox;

import io.lsql.core.LsqlException;
import io.lsql.core.ProgressListener;
import io.lsql.core.sample.SampleDatabases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The local sandbox: an embedded MariaDB loaded with app_db and types_demo, and a moto server for
 * DynamoDB and S3. Used by {@code lsql sandbox}, the workbench and the integration tests alike.
 * MariaDB data survives restarts in the sandbox directory; moto keeps its state in memory only.
 */
public final class Sandbox implements AutoCloseable {

    public static final String REGION = "us-east-1";
    /** The S3 bucket the sandbox creates for staging migrations. */
    public static final String STAGE_BUCKET = "lsql-stage";

    private final Path dir;
    private MariaDbServer mariaDb;
    private MotoServer moto;

    public Sandbox(Path dir) {
        this.dir = dir.toAbsolutePath();
    }

    public static Path defaultDir() {
        return Path.of(System.getProperty("user.home"), ".lsql", "sandbox");
    }

    public SandboxInfo start(ProgressListener progress) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new LsqlException("Cannot create the sandbox directory " + dir + ": " + e.getMessage(), e);
        }
        try {
            progress.progress("Finding a Python with moto", 0, 4);
            String python = MotoPython.forUser().resolve(progress);
            progress.progress("Starting MariaDB", 1, 4);
            mariaDb = new MariaDbServer(dir.resolve("mariadb"));
            mariaDb.start();
            progress.progress("Starting moto (DynamoDB + S3)", 2, 4);
            moto = new MotoServer(dir.resolve("moto"), python);
            moto.start();
            progress.progress("Loading sample databases", 3, 4);
            loadSamplesOnFirstStart();
            createStageBucket();
            progress.progress("Sandbox ready", 4, 4);
            return info();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private void loadSamplesOnFirstStart() {
        try (Connection connection = DriverManager.getConnection(mariaDb.jdbcUrl(""), MariaDbServer.USER, "")) {
            SampleDatabases.loadMissing(connection);
        } catch (SQLException e) {
            throw new LsqlException("Could not load the sample databases into the sandbox: " + e.getMessage(), e);
        }
    }

    private void createStageBucket() {
        try (var s3 = io.lsql.core.connect.AwsTarget.endpoint(moto.endpoint(), REGION, SandboxInfo.ACCESS_KEY,
                SandboxInfo.SECRET_KEY).s3()) {
            s3.createBucket(b -> b.bucket(STAGE_BUCKET));
        }
    }

    public SandboxInfo info() {
        return new SandboxInfo(mariaDb.jdbcUrl(SampleDatabases.APP_DB), MariaDbServer.USER, moto.endpoint(), REGION,
                dir.toString());
    }

    public MariaDbServer mariaDb() {
        return mariaDb;
    }

    public MotoServer moto() {
        return moto;
    }

    public Path dir() {
        return dir;
    }

    @Override
    public void close() {
        if (moto != null) {
            moto.close();
            moto = null;
        }
        if (mariaDb != null) {
            mariaDb.close();
            mariaDb = null;
        }
    }
}
