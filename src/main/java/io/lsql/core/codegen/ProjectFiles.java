package io.lsql.core.codegen;

import io.lsql.core.LsqlException;
import io.lsql.core.codegen.CodegenModel.Table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/** The generated Maven project's layout: sources under src/main/java and src/test/java, the shared classes, pom and README. */
final class ProjectFiles {

    private static final String FALLBACK_AWSSDK = "2.57.8";
    private static final String FALLBACK_JUNIT = "5.14.1";

    private final Path out;
    private final String packageName;
    private final List<Path> written;

    ProjectFiles(Path out, String packageName, List<Path> written) {
        this.out = out;
        this.packageName = packageName;
        this.written = written;
    }

    void main(JavaFile file) {
        write(Path.of("src", "main", "java").resolve(packageDir()).resolve(file.className() + ".java"), file.text());
    }

    void test(JavaFile file) {
        write(Path.of("src", "test", "java").resolve(packageDir()).resolve(file.className() + ".java"), file.text());
    }

    /** The classes the DAOs share; {@code lowLevel} adds those only the low-level DAOs use. */
    void support(boolean lowLevel) {
        List<String> main = lowLevel ? List.of("Page", "DuplicateKeyException", "Keys", "Items") : List.of("Page", "DuplicateKeyException");
        for (String name : main) {
            write(Path.of("src", "main", "java").resolve(packageDir()).resolve(name + ".java"), template(name + ".java.txt"));
        }
        write(Path.of("src", "test", "java").resolve(packageDir()).resolve("DynamoDbTestClient.java"),
                template("DynamoDbTestClient.java.txt"));
    }

    void buildFiles(String origin, List<Table> tables) {
        Properties versions = versions();
        String artifact = packageName.substring(packageName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) + "-dynamodb";
        write(Path.of("pom.xml"), template("pom.xml.txt").replace("@source@", xml(origin)).replace("@artifact@", artifact)
                .replace("@awssdk@", version(versions, "awssdkVersion", FALLBACK_AWSSDK))
                .replace("@junit@", version(versions, "junitVersion", FALLBACK_JUNIT)));
        StringBuilder rows = new StringBuilder();
        for (Table table : tables) {
            String sources = String.join(", ", table.entities().stream()
                    .map(e -> e.source().kind().name().toLowerCase(Locale.ROOT) + " `" + e.source().name().replace("`", "'") + "`").toList());
            rows.append("| `").append(table.target().table()).append("` | `").append(table.daoName()).append("` | ")
                    .append(table.enhanced() ? "Enhanced Client" : "low-level").append(" | ").append(sources.replace("|", "\\|"))
                    .append(" |\n");
        }
        write(Path.of("README.md"), template("README.md.txt").replace("@source@", origin).replace("@tables@\n", rows.toString()));
    }

    private String packageDir() {
        return packageName.replace('.', '/');
    }

    private void write(Path relative, String text) {
        JavaCodegen.write(out.resolve(relative), text);
        written.add(relative);
    }

    private String template(String name) {
        try (InputStream in = ProjectFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The code template " + name + " is missing from the lsql build.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("@package@", packageName);
        } catch (IOException e) {
            throw new LsqlException("Cannot read the code template " + name + ": " + e.getMessage(), e);
        }
    }

    private static Properties versions() {
        Properties properties = new Properties();
        try (InputStream in = ProjectFiles.class.getResourceAsStream("/lsql-version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return properties;
        }
        return properties;
    }

    /** The version Maven wrote into lsql-version.properties, or the one this code was written against. */
    private static String version(Properties versions, String key, String fallback) {
        String value = versions.getProperty(key, fallback);
        return value.startsWith("$") ? fallback : value;
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("--", "- -");
    }
}
