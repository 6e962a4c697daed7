package io.lsql.core.patterns;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.lsql.core.LsqlException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Writes and reads patterns.json: fixed field order, so write → read → write gives the same bytes. */
public final class PatternsJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .registerModule(new SimpleModule().addSerializer(Instant.class, new InstantWriter())
                    .addDeserializer(Instant.class, new InstantReader()));

    private PatternsJson() {
    }

    public static String write(PatternsFile file) {
        try {
            return MAPPER.writeValueAsString(file) + "\n";
        } catch (JsonProcessingException e) {
            throw new LsqlException("Cannot write the patterns as JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static void write(PatternsFile file, Path path) {
        try {
            Files.writeString(path, write(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LsqlException("Cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    public static PatternsFile read(String json, String origin) {
        PatternsFile file;
        try {
            file = MAPPER.readValue(json, PatternsFile.class);
        } catch (JsonProcessingException e) {
            throw new LsqlException(origin + " is not a valid patterns file: " + e.getOriginalMessage() + ".", e);
        }
        if (file.patternsVersion() != PatternsFile.VERSION) {
            throw new LsqlException(origin + " has patternsVersion " + file.patternsVersion() + "; this lsql reads version "
                    + PatternsFile.VERSION + ".");
        }
        return file;
    }

    public static PatternsFile read(Path path) {
        try {
            return read(Files.readString(path, StandardCharsets.UTF_8), path.toString());
        } catch (IOException e) {
            throw new LsqlException("Cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** ISO-8601 instants ({@code 2026-11-27T14:00:00Z}). */
    private static final class InstantWriter extends JsonSerializer<Instant> {
        @Override
        public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(value.toString());
        }
    }

    private static final class InstantReader extends JsonDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            try {
                return Instant.parse(parser.getValueAsString());
            } catch (DateTimeParseException e) {
                throw context.weirdStringException(parser.getValueAsString(), Instant.class, "not an ISO-8601 instant");
            }
        }
    }
}
