package io.lsql.core.sample;

import io.lsql.core.LsqlException;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Reads the sample queries shipped in sample-schema/queries/ and their headers. */
public final class SampleQueries {

    private static final String DIR = "sample-schema/queries/";

    private SampleQueries() {
    }

    public static List<SampleQuery> all() {
        List<SampleQuery> queries = new ArrayList<>();
        for (String name : names()) {
            queries.add(parse(name, SampleDatabases.resource("queries/" + name)));
        }
        return queries;
    }

    static SampleQuery parse(String file, String text) {
        String technique = "";
        String pattern = "";
        String keys = "";
        StringBuilder hint = new StringBuilder();
        for (String line : text.lines().toList()) {
            if (!line.startsWith("--")) {
                break;
            }
            String body = line.substring(2).strip();
            if (body.startsWith("Technique:")) {
                technique = body.substring("Technique:".length()).strip();
            } else if (body.startsWith("DynamoDB pattern:")) {
                pattern = body.substring("DynamoDB pattern:".length()).strip();
            } else if (body.startsWith("Keys:")) {
                keys = body.substring("Keys:".length()).strip();
            } else if (body.startsWith("Hint:")) {
                hint.append(body.substring("Hint:".length()).strip());
            } else if (hint.length() > 0 && !body.isEmpty()) {
                hint.append(' ').append(body);
            }
        }
        return new SampleQuery(file, technique, pattern, keys, hint.toString(), text);
    }

    private static List<String> names() {
        URL dir = SampleQueries.class.getClassLoader().getResource(DIR);
        if (dir == null) {
            throw new LsqlException("The sample queries are missing from the build.");
        }
        try {
            List<String> names = new ArrayList<>();
            if ("jar".equals(dir.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) dir.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    for (JarEntry entry : java.util.Collections.list(jar.entries())) {
                        if (entry.getName().startsWith(DIR) && entry.getName().endsWith(".sql")) {
                            names.add(entry.getName().substring(DIR.length()));
                        }
                    }
                }
            } else {
                try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
                    files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).forEach(names::add);
                }
            }
            names.sort(null);
            return names;
        } catch (IOException | URISyntaxException e) {
            throw new LsqlException("Cannot list the sample queries: " + e.getMessage(), e);
        }
    }
}
