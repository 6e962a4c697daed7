package io.lsql.core.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.lsql.core.ErrorText;
import io.lsql.core.LsqlException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Reads and writes plan files: UTF-8 JSON, two-space indent, '\n' line ends, fields in a fixed order. */
public final class PlanFiles {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    private static final ObjectWriter WRITER = JSON.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private PlanFiles() {
    }

    public static byte[] bytes(Plan plan) {
        try {
            return (WRITER.writeValueAsString(plan) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A plan could not be written as JSON: " + e.getMessage(), e);
        }
    }

    public static void write(Plan plan, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, bytes(plan));
        } catch (IOException e) {
            throw new LsqlException("Cannot write the plan " + file + ": " + ErrorText.of(e) + ".", e);
        }
    }

    public static Plan read(Path file) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new LsqlException("The plan file " + file + " does not exist.", e);
        } catch (IOException e) {
            throw new LsqlException("Cannot read the plan file " + file + ": " + ErrorText.of(e) + ".", e);
        }
        return parse(content, file.toString());
    }

    /** True when {@code content} is a versioned plan (it has {@code planVersion}), not a single-source run file. */
    public static boolean isVersioned(byte[] content) {
        try {
            JsonNode node = JSON.readTree(content);
            return node != null && node.has("planVersion");
        } catch (IOException e) {
            return false;
        }
    }

    public static Plan parse(byte[] content, String name) {
        JsonNode node;
        try {
            node = JSON.readTree(content);
        } catch (IOException e) {
            throw new LsqlException("The plan file " + name + " is not valid JSON: " + firstLine(e) + ".", e);
        }
        if (node == null || !node.isObject()) {
            throw new LsqlException("The plan file " + name + " is not a JSON object.");
        }
        if (!node.has("planVersion")) {
            throw new LsqlException("The plan file " + name + " has no planVersion; write one with lsql plan.");
        }
        int version = node.get("planVersion").asInt(-1);
        if (version != Plan.VERSION) {
            throw new LsqlException("The plan file " + name + " has planVersion " + node.get("planVersion")
                    + "; this lsql reads planVersion " + Plan.VERSION + ".");
        }
        try {
            return JSON.treeToValue(node, Plan.class);
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new LsqlException("The plan file " + name + " is invalid: " + cause.getMessage(), e);
        } catch (IOException e) {
            throw new LsqlException("The plan file " + name + " is invalid: " + firstLine(e) + ".", e);
        }
    }

    /** SHA-256 of the plan as written: names the plan in run reports. */
    public static String hash(Plan plan) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes(plan)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int cut = message.indexOf('\n');
        return (cut < 0 ? message : message.substring(0, cut)).replaceAll("\\s*\\(for Object starting at.*$", "");
    }
}
